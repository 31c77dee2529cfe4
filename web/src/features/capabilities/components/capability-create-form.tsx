import { createCapabilitySchema } from '@zamena/shared/capabilities/capabilities.schemas';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useCreateCapability } from '../api/capabilities-api';
import {
  CAPABILITY_FORM_PATHS,
  emptyCapabilityValues,
  missingDeliveryRegions,
  toCreateCapabilityInput,
} from '../utils/capability-form-values';
import { CapabilityFormFields } from './capability-form-fields';
import { ManufacturerSelect } from './manufacturer-select';

export function CapabilityCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useCurrentSession();
  const create = useCreateCapability();
  const formRef = useRef<HTMLFormElement>(null);
  const [regionsMissing, setRegionsMissing] = useState(false);
  const form = useValidatedForm({
    schema: createCapabilitySchema,
    initial: emptyCapabilityValues(),
    paths: CAPABILITY_FORM_PATHS,
    toInput: toCreateCapabilityInput,
    formRef,
  });

  const submit = form.handleSubmit((input) => {
    const missing = missingDeliveryRegions(form.values);
    setRegionsMissing(missing);
    if (missing) return;
    create.mutate(input, {
      onSuccess: (capability) => void navigate(`/capabilities/${capability.id}`),
      onError: (error) => form.showServerErrors(error),
    });
  });

  const regionsError =
    regionsMissing && missingDeliveryRegions(form.values) ? t('capabilities.form.noRegionChosen') : undefined;
  const formError = create.isError && !form.hasErrors ? problemMessage(t, create.error) : null;

  return (
    <form ref={formRef} className="form card form-card" noValidate onSubmit={submit}>
      {form.hasErrors || regionsError ? <Alert tone="error">{t('capabilities.form.fixErrors')}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {user.isAdmin ? (
        <fieldset className="form-section">
          <legend>{t('capabilities.form.manufacturerSection')}</legend>
          <ManufacturerSelect {...form.field('manufacturerOrganizationId')} />
        </fieldset>
      ) : null}
      <CapabilityFormFields form={form} regionsError={regionsError} />
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          {create.isPending ? t('capabilities.form.saving') : t('capabilities.form.publish')}
        </Button>
        <Link to="/capabilities">{t('capabilities.form.cancel')}</Link>
      </div>
    </form>
  );
}
