import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useImportJob } from '../api/imports-api';
import { importPhase } from '../utils/import-phase';
import { AnnotatedFileButton } from './annotated-file-button';
import { ImportErrorsTable } from './import-errors-table';

/** Progress while the worker reads, checks and writes; then the count imported, or every refused row (nothing imported). */
export function ImportJobStatus({ id }: { id: string }) {
  const { t } = useTranslation();
  const job = useImportJob(id);

  if (job.isPending) return <Spinner label={t('app.loading')} />;
  if (job.isError) {
    return (
      <Alert
        tone="error"
        action={
          <Button variant="secondary" onClick={() => void job.refetch()}>
            {t('imports.retry')}
          </Button>
        }
      >
        {problemMessage(t, job.error)}
      </Alert>
    );
  }

  const { status, filename, totalRows, processedRows, writtenRows, importedCount, errors, kind } = job.data;
  const { rowsWithErrors, annotatedFile } = job.data;
  const progress = {
    queued: { label: t('imports.queued') },
    reading: { label: t('imports.running'), valueText: t('imports.counting') },
    checking: {
      label: t('imports.running'),
      value: processedRows,
      max: totalRows ?? undefined,
      valueText: t('imports.progress', { done: processedRows, total: totalRows }),
    },
    // One transaction: the rows written so far count only if all of them go in.
    writing: {
      label: t('imports.writing'),
      value: writtenRows,
      max: totalRows ?? undefined,
      valueText: t('imports.written', { done: writtenRows, total: totalRows }),
    },
    finished: null,
  }[importPhase(job.data)];
  return (
    <section className="card import-status" aria-labelledby="import-status-heading">
      <h2 id="import-status-heading">{t('imports.statusHeading', { name: filename })}</h2>
      {progress ? <ProgressBar value={undefined} max={undefined} {...progress} /> : null}
      {status === 'succeeded' ? (
        <Alert
          tone="info"
          action={
            <Link
              className="button button-secondary"
              to={kind === 'needs' ? '/needs?mine=true' : '/capabilities?mine=true'}
            >
              {kind === 'needs' ? t('imports.openNeeds') : t('imports.openCapabilities')}
            </Link>
          }
        >
          {t('imports.succeeded', { count: importedCount })}
        </Alert>
      ) : null}
      {status === 'failed' ? (
        <>
          <Alert tone="error">
            {rowsWithErrors > 0
              ? t('imports.failedRows', { count: rowsWithErrors, problems: errors.length })
              : t('imports.failed')}
          </Alert>
          {annotatedFile ? <AnnotatedFileButton id={id} filename={filename} /> : null}
          {errors.length > 0 ? <ImportErrorsTable errors={errors} kind={kind} /> : null}
        </>
      ) : null}
    </section>
  );
}
