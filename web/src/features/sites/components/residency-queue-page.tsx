import { RESIDENCY_STATUSES, type Residency, type ResidencyStatus } from '@zamena/shared/sites/sites.schemas';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate } from '../../../components/ui/format';
import { PageHeader } from '../../../components/ui/page-header';
import { useRegionName } from '../../../components/ui/region-select';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useResidencyDecision, useResidencyQueue } from '../api/sites-api';
import '../sites.css';

/** The association verifies declared residencies as it verifies organizations: oldest first. */
export function ResidencyQueuePage({ tabs }: { tabs?: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ResidencyStatus>('pending');
  const queue = useResidencyQueue(status);
  const items = queue.data?.items ?? [];
  return (
    <div className="page">
      <title>{`${t('sites.queue.title')} — ${t('app.name')}`}</title>
      <PageHeader eyebrow={t('console.nav')} title={t('sites.queue.title')} lead={t('sites.queue.lead')} />
      {tabs}
      <div className="site-filters">
        <SelectField
          id="residency-status"
          label={t('sites.queue.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ResidencyStatus)}
        >
          {RESIDENCY_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`sites.residencyStatuses.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {queue.isPending ? <Spinner label={t('app.loading')} /> : null}
      {queue.isError ? <Alert tone="error">{problemMessage(t, queue.error)}</Alert> : null}
      {queue.isSuccess && items.length === 0 ? <EmptyState heading={t('sites.queue.empty')} /> : null}
      <ul className="residency-list">
        {items.map((item) => (
          <QueueItem key={item.id} item={item} />
        ))}
      </ul>
    </div>
  );
}

function QueueItem({ item }: { item: Residency }) {
  const { t, i18n } = useTranslation();
  const regionName = useRegionName();
  const decide = useResidencyDecision();
  const [reason, setReason] = useState('');
  const refuse = () => decide.mutate({ id: item.id, decision: { decision: 'refuse', reason } });
  return (
    <li className="card" data-testid="residency-item">
      <div>
        <strong>
          <Link to={`/organizations/${item.organizationId}`}>{item.organizationName}</Link>
        </strong>
        <p className="muted">
          {item.site.name} · {regionName(item.site.regionCode)} ·{' '}
          {t('sites.queue.declared', {
            date: formatDate(item.createdAt.slice(0, 10), i18n.resolvedLanguage ?? 'ru'),
          })}
        </p>
        {item.reason ? <p>{t('sites.queue.reason', { reason: item.reason })}</p> : null}
        {decide.isError ? <Alert tone="error">{problemMessage(t, decide.error)}</Alert> : null}
      </div>
      <div className="residency-actions">
        {item.status !== 'verified' ? (
          <Button
            busy={decide.isPending}
            onClick={() => decide.mutate({ id: item.id, decision: { decision: 'verify', reason: '' } })}
          >
            {t('sites.queue.verify')}
          </Button>
        ) : null}
        {item.status !== 'refused' ? (
          <>
            <TextField
              id={`refuse-reason-${item.id}`}
              label={t('sites.queue.refuseReason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <Button
              variant="secondary"
              busy={decide.isPending}
              disabled={reason.trim().length < 3}
              onClick={refuse}
            >
              {item.status === 'verified' ? t('sites.queue.revoke') : t('sites.queue.refuse')}
            </Button>
          </>
        ) : null}
      </div>
    </li>
  );
}
