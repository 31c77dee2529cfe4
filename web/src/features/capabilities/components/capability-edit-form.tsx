import { updateCapabilitySchema, type Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useUpdateCapability } from '../api/capabilities-api';
import {
  CAPABILITY_FORM_PATHS,
  capabilityToValues,
  changedCapabilityFields,
  missingDeliveryRegions,
  toUpdateCapabilityInput,
} from '../utils/capability-form-values';
import { CapabilityFormFields } from './capability-form-fields';

type CapabilityEditFormProps = { capability: Capability; onReload: () => void };

/** PATCH with If-Match; a 412 tells the user someone else saved first and offers the fresh version. */
export function CapabilityEditForm({ capability, onReload }: CapabilityEditFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateCapability();
  const formRef = useRef<HTMLFormElement>(null);
  const [regionsMissing, setRegionsMissing] = useState(false);
  const form = useValidatedForm({
    schema: updateCapabilitySchema,
    initial: capabilityToValues(capability),
    paths: CAPABILITY_FORM_PATHS,
    toInput: toUpdateCapabilityInput,
    formRef,
  });

  const done = () => void navigate(`/capabilities/${capability.id}`);
  const submit = form.handleSubmit((input) => {
    const missing = missingDeliveryRegions(form.values);
    setRegionsMissing(missing);
    if (missing) return;
    const patch = changedCapabilityFields(capability, input);
    if (Object.keys(patch).length === 0) return done();
    update.mutate(
      { id: capability.id, version: capability.version, patch },
      { onSuccess: done, onError: (error) => form.showServerErrors(error) },
    );
  });

  const regionsError =
    regionsMissing && missingDeliveryRegions(form.values) ? t('capabilities.form.noRegionChosen') : undefined;
  const stale = isApiError(update.error, 'version_mismatch');

  return (
    <form ref={formRef} className="form card form-card" noValidate onSubmit={submit}>
      {stale ? (
        <Alert
          tone="warning"
          action={
            <Button variant="secondary" onClick={onReload}>
              {t('capabilities.form.loadLatest')}
            </Button>
          }
        >
          {t('capabilities.form.staleBody')}
        </Alert>
      ) : null}
      {form.hasErrors || regionsError ? <Alert tone="error">{t('capabilities.form.fixErrors')}</Alert> : null}
      {update.isError && !stale && !form.hasErrors ? (
        <Alert tone="error">{problemMessage(t, update.error)}</Alert>
      ) : null}
      <CapabilityFormFields form={form} regionsError={regionsError} />
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>
          {update.isPending ? t('capabilities.form.saving') : t('capabilities.form.save')}
        </Button>
        <Link to={`/capabilities/${capability.id}`}>{t('capabilities.form.cancel')}</Link>
      </div>
    </form>
  );
}
