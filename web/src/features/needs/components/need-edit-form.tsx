import {
  completeNeedUpdateSchema,
  updateNeedSchema,
  withNeededByFrom,
  type Need,
} from '@zamena/shared/needs/needs.schemas';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useNeedTransition, useUpdateNeed } from '../api/needs-api';
import { changedFields, NEED_FORM_PATHS, needToValues, toUpdateInput } from '../utils/need-form-values';
import { localToday } from '../../../lib/local-today';
import { submitIntent } from '../utils/submit-intent';
import { NeedFormFields } from './need-form-fields';

type NeedEditFormProps = { need: Need; onReload: () => void };

/**
 * Changes a draft or open need. The PATCH carries If-Match with the version that was loaded; when
 * someone changed the need meanwhile (412) the user is told and offered the fresh version.
 */
export function NeedEditForm({ need, onReload }: NeedEditFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateNeed();
  const publish = useNeedTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const schemas = useMemo(() => {
    const today = localToday();
    return {
      draft: withNeededByFrom(updateNeedSchema, today),
      complete: withNeededByFrom(completeNeedUpdateSchema, today),
    };
  }, []);
  // A draft saves with only a title; an open need, or a draft about to be published, needs every field.
  const [publishing, setPublishing] = useState(false);
  const schemaFor = (andPublish: boolean) =>
    need.status === 'draft' && !andPublish ? schemas.draft : schemas.complete;
  const form = useValidatedForm({
    schema: schemaFor(publishing),
    initial: needToValues(need),
    paths: NEED_FORM_PATHS,
    toInput: toUpdateInput,
    formRef,
  });

  const done = (id: string) => void navigate(`/needs/${id}`);
  const publishAfter = (saved: Need) =>
    publish.mutate({ need: saved, kind: 'publish' }, { onSuccess: (published) => done(published.id) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    const andPublish = submitIntent(event) === 'publish';
    setPublishing(andPublish);
    form.handleSubmit(
      (input) => {
        const patch = changedFields(need, input);
        if (Object.keys(patch).length === 0) {
          if (andPublish) publishAfter(need);
          else done(need.id);
          return;
        }
        update.mutate(
          { id: need.id, version: need.version, patch },
          {
            onSuccess: (saved) => (andPublish ? publishAfter(saved) : done(saved.id)),
            onError: (error) => form.showServerErrors(error),
          },
        );
      },
      { schema: schemaFor(andPublish), input: toUpdateInput(form.values) },
    )(event);
  };

  const error = update.error ?? publish.error;
  const stale = isApiError(error, 'version_mismatch');
  const busy = update.isPending || publish.isPending;

  return (
    <form ref={formRef} className="form card form-card" noValidate onSubmit={submit}>
      {stale ? (
        <Alert
          tone="warning"
          action={
            <Button variant="secondary" onClick={onReload}>
              {t('needs.form.loadLatest')}
            </Button>
          }
        >
          {t('needs.form.staleBody')}
        </Alert>
      ) : null}
      {form.hasErrors ? <Alert tone="error">{t('needs.form.fixErrors')}</Alert> : null}
      {error && !stale && !form.hasErrors ? <Alert tone="error">{problemMessage(t, error)}</Alert> : null}
      <NeedFormFields form={form} />
      <div className="form-actions">
        <Button
          type="submit"
          variant={need.status === 'draft' ? 'secondary' : 'primary'}
          busy={busy}
          data-intent="save"
        >
          {update.isPending ? t('needs.form.saving') : t('needs.form.save')}
        </Button>
        {need.status === 'draft' ? (
          <Button type="submit" busy={busy} data-intent="publish">
            {publish.isPending ? t('needs.form.publishing') : t('needs.form.saveAndPublish')}
          </Button>
        ) : null}
        <Link to={`/needs/${need.id}`}>{t('needs.form.cancel')}</Link>
      </div>
    </form>
  );
}
