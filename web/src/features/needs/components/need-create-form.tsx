import { createNeedSchema, withNeededByFrom } from '@zamena/shared/needs/needs.schemas';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useCreateNeed } from '../api/needs-api';
import { emptyNeedValues, NEED_FORM_PATHS, toCreateInput } from '../utils/need-form-values';
import { postsForOthers } from '../utils/need-permissions';
import { submitIntent } from '../utils/submit-intent';
import { BuyerSelect } from './buyer-select';
import { localToday } from '../../../lib/local-today';
import { NeedFormFields } from './need-form-fields';
import { NeedRepeatWarning } from './need-repeat-warning';

/** A new need: saved as a draft, or published at once. */
export function NeedCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const create = useCreateNeed();
  const formRef = useRef<HTMLFormElement>(null);
  // A draft asks only for a title; the errors shown follow the button last pressed.
  const [publish, setPublish] = useState(false);
  const schema = useMemo(() => withNeededByFrom(createNeedSchema, localToday()), []);
  const form = useValidatedForm({
    schema,
    initial: emptyNeedValues(session.organization.regionCode),
    paths: NEED_FORM_PATHS,
    toInput: (values) => toCreateInput(values, publish),
    formRef,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    const publishing = submitIntent(event) === 'publish';
    setPublish(publishing);
    form.handleSubmit(
      (input) => {
        create.mutate(input, {
          onSuccess: (need) => void navigate(`/needs/${need.id}`),
          onError: (error) => form.showServerErrors(error),
        });
      },
      { schema, input: toCreateInput(form.values, publishing) },
    )(event);
  };

  const formError = create.isError && !form.hasErrors ? problemMessage(t, create.error) : null;
  const busy = create.isPending;
  const publishing = busy && create.variables.publish === true;

  return (
    <form ref={formRef} className="form card form-card" noValidate onSubmit={submit}>
      {form.hasErrors ? <Alert tone="error">{t('needs.form.fixErrors')}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {postsForOthers(session) ? (
        <fieldset className="form-section">
          <legend>{t('needs.form.buyerSection')}</legend>
          <BuyerSelect {...form.field('buyerOrganizationId')} />
        </fieldset>
      ) : null}
      <NeedFormFields form={form} />
      <NeedRepeatWarning title={form.values.title} />
      <p className="muted">{t('needs.form.draftNeedsTitleOnly')}</p>
      <div className="form-actions">
        {/* "Save draft" comes first: Enter in a text field submits with the first button, never publishing. */}
        <Button type="submit" variant="secondary" busy={busy} data-intent="draft">
          {busy && !publishing ? t('needs.form.saving') : t('needs.form.saveDraft')}
        </Button>
        <Button type="submit" busy={busy} data-intent="publish">
          {publishing ? t('needs.form.publishing') : t('needs.form.publish')}
        </Button>
        <Link to="/needs">{t('needs.form.cancel')}</Link>
      </div>
    </form>
  );
}
