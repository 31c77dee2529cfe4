import { useMutation } from '@tanstack/react-query';
import { IMPORT_KINDS, type ImportKind } from '@zamena/shared/imports/imports.schemas';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { saveFile } from '../../../components/ui/save-file';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { downloadTemplate } from '../api/imports-api';
import { ImportJobStatus } from './import-job-status';
import { ImportUploadForm } from './import-upload-form';
import { RecentImports } from './recent-imports';
import '../imports.css';

/** Who may import what: the same rules as posting one by one (DESIGN.md §3). */
function allowedKinds({ user, organization }: ReturnType<typeof useCurrentSession>): ImportKind[] {
  if (user.isAdmin) return [...IMPORT_KINDS];
  if (organization.kind === 'enterprise') return ['needs', 'capabilities'];
  if (organization.kind === 'center' && organization.verified) return ['needs'];
  return [];
}

export function ImportsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const kinds = allowedKinds(session);
  const requested = params.get('kind') as ImportKind | null;
  const kind = requested && kinds.includes(requested) ? requested : kinds[0];
  const jobId = params.get('import');
  const template = useMutation({
    mutationFn: async (which: ImportKind) => {
      const file = await downloadTemplate(which);
      saveFile(file.blob, file.filename ?? `${which}-template.xlsx`);
    },
  });

  const select = (next: ImportKind) => setParams({ kind: next });

  return (
    <div className="page">
      <title>{`${t('imports.title')} — ${t('app.name')}`}</title>
      <PageHeader title={t('imports.title')} lead={t('imports.lead')} />
      {!kind ? (
        <Alert tone="info">{t('imports.notAllowed')}</Alert>
      ) : (
        <div className="import-layout">
          <section className="card" aria-labelledby="import-upload-heading">
            <h2 id="import-upload-heading">{t('imports.uploadHeading')}</h2>
            <fieldset className="field choice-group">
              <legend className="field-label">{t('imports.kindLabel')}</legend>
              <div className="choice-cards">
                {kinds.map((option) => (
                  <label key={option} className="choice-card">
                    <input
                      type="radio"
                      name="import-kind"
                      value={option}
                      checked={kind === option}
                      onChange={() => select(option)}
                    />
                    <span className="choice-text">
                      <span className="choice-title">{t(`imports.kind.${option}`)}</span>
                      <span className="choice-hint">{t(`imports.kindHint.${option}`)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <ol className="steps import-steps">
              <li>
                {t('imports.stepTemplate')}{' '}
                <Button
                  variant="secondary"
                  className="button-small"
                  busy={template.isPending}
                  onClick={() => template.mutate(kind)}
                >
                  {t('imports.downloadTemplate')}
                </Button>
              </li>
              <li>{t('imports.stepFill')}</li>
              <li>{t('imports.stepUpload')}</li>
            </ol>
            {template.isError ? <Alert tone="error">{problemMessage(t, template.error)}</Alert> : null}
            <ImportUploadForm key={kind} kind={kind} onStarted={(id) => setParams({ kind, import: id })} />
          </section>
          {jobId ? <ImportJobStatus id={jobId} /> : null}
        </div>
      )}
      <RecentImports />
    </div>
  );
}
