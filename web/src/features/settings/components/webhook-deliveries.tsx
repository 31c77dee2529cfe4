import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/data-table';
import { formatDateTime } from '../../../components/ui/format';
import { LoadMore } from '../../../components/ui/load-more';
import { StatusBadge } from '../../../components/ui/status-badge';
import { problemMessage } from '../../../i18n/problem-message';
import { useDeliveries, useSendDelivery } from '../api/settings-api';

const TONE = { pending: 'info', delivered: 'success', failed: 'danger' } as const;

/** The test button and the delivery log: every attempt's outcome, failed ones sent again on request. */
export function WebhookDeliveries({ organizationId, enabled }: { organizationId: string; enabled: boolean }) {
  const { t, i18n } = useTranslation();
  const log = useDeliveries(organizationId);
  const send = useSendDelivery(organizationId);
  const rows = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="deliveries-heading">
      <div className="section-row">
        <h3 id="deliveries-heading">{t('settings.webhooks.log')}</h3>
        <Button variant="secondary" onClick={() => void log.refetch()}>
          {t('settings.webhooks.refresh')}
        </Button>
        {enabled ? (
          <Button
            busy={send.isPending && send.variables === undefined}
            onClick={() => send.mutate(undefined)}
          >
            {t('settings.webhooks.test')}
          </Button>
        ) : null}
      </div>
      {send.isError ? <Alert tone="error">{problemMessage(t, send.error)}</Alert> : null}
      {log.isSuccess && rows.length === 0 ? <p className="muted">{t('settings.webhooks.empty')}</p> : null}
      {rows.length > 0 ? (
        <DataTable
          caption={t('settings.webhooks.log')}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'at',
              header: t('settings.webhooks.at'),
              label: t('settings.webhooks.at'),
              cell: (row) => formatDateTime(row.createdAt, i18n.resolvedLanguage ?? 'ru'),
            },
            {
              key: 'kind',
              header: t('settings.webhooks.kind'),
              label: t('settings.webhooks.kind'),
              cell: (row) => <span className="mono">{row.kind ?? '—'}</span>,
            },
            {
              key: 'status',
              header: t('settings.webhooks.status'),
              label: t('settings.webhooks.status'),
              cell: (row) => (
                <>
                  <StatusBadge tone={TONE[row.status]}>
                    {t(`settings.webhooks.statuses.${row.status}`)}
                  </StatusBadge>{' '}
                  <span className="muted">
                    {t('settings.webhooks.attempts', { n: row.attempts })}
                    {row.lastStatusCode ? ` · HTTP ${row.lastStatusCode}` : ''}
                    {row.lastError ? ` · ${row.lastError}` : ''}
                  </span>
                </>
              ),
            },
            {
              key: 'retry',
              header: t('settings.webhooks.actions'),
              label: t('settings.webhooks.actions'),
              cell: (row) =>
                row.status === 'failed' ? (
                  <Button
                    variant="secondary"
                    busy={send.isPending && send.variables === row.id}
                    onClick={() => send.mutate(row.id)}
                  >
                    {t('settings.webhooks.retry')}
                  </Button>
                ) : null,
            },
          ]}
        />
      ) : null}
      {rows.length > 0 ? (
        <LoadMore
          status={t('settings.webhooks.shown', { n: rows.length })}
          hasMore={log.hasNextPage}
          loading={log.isFetchingNextPage}
          onLoadMore={() => void log.fetchNextPage()}
          label={t('settings.webhooks.more')}
          loadingLabel={t('app.loading')}
        />
      ) : null}
    </section>
  );
}
