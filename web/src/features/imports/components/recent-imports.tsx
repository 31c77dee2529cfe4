import type { Import, ImportStatus } from '@zamena/shared/imports/imports.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { formatDateTime } from '../../../components/ui/format';
import { StatusBadge, type BadgeTone } from '../../../components/ui/status-badge';
import { problemMessage } from '../../../i18n/problem-message';
import { useRecentImports } from '../api/imports-api';

const TONES: Record<ImportStatus, BadgeTone> = {
  queued: 'neutral',
  running: 'info',
  succeeded: 'success',
  failed: 'danger',
};

export function RecentImports() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const recent = useRecentImports();

  const columns: Column<Import>[] = [
    {
      key: 'file',
      header: t('imports.recent.file'),
      label: t('imports.recent.file'),
      className: 'cell-title',
      cell: (job) => <Link to={`/imports?kind=${job.kind}&import=${job.id}`}>{job.filename}</Link>,
    },
    {
      key: 'kind',
      header: t('imports.recent.kind'),
      label: t('imports.recent.kind'),
      cell: (job) => t(`imports.kind.${job.kind}`),
    },
    {
      key: 'status',
      header: t('imports.recent.status'),
      label: t('imports.recent.status'),
      cell: (job) => <StatusBadge tone={TONES[job.status]}>{t(`imports.status.${job.status}`)}</StatusBadge>,
    },
    {
      key: 'result',
      header: t('imports.recent.result'),
      label: t('imports.recent.result'),
      cell: (job) =>
        job.status === 'succeeded'
          ? t('imports.recent.imported', { count: job.importedCount })
          : job.status === 'failed'
            ? job.rowsWithErrors > 0
              ? t('imports.recent.errors', { count: job.rowsWithErrors })
              : t('imports.status.failed')
            : '—',
    },
    {
      key: 'created',
      header: t('imports.recent.created'),
      label: t('imports.recent.created'),
      className: 'cell-nowrap',
      cell: (job) => formatDateTime(job.createdAt, language),
    },
  ];

  return (
    <section aria-labelledby="recent-imports-heading" className="recent-imports">
      <h2 id="recent-imports-heading">{t('imports.recent.heading')}</h2>
      {recent.isPending ? <p className="muted">{t('app.loading')}</p> : null}
      {recent.isError ? <p className="muted">{problemMessage(t, recent.error)}</p> : null}
      {recent.data?.length === 0 ? <p className="muted">{t('imports.recent.empty')}</p> : null}
      {recent.data && recent.data.length > 0 ? (
        <DataTable
          caption={t('imports.recent.heading')}
          columns={columns}
          rows={recent.data}
          rowKey={(job) => job.id}
        />
      ) : null}
    </section>
  );
}
