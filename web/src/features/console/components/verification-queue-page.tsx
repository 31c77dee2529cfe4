import type {
  VerificationDecision,
  VerificationQueueItem,
} from '@zamena/shared/organizations/organization-profile.schemas';
import {
  VERIFICATION_STATUSES,
  type VerificationStatus,
} from '@zamena/shared/organizations/organizations.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useVerificationQueue } from '../api/console-api';
import { ConsoleTabs } from './console-tabs';
import { DecisionDialog } from './decision-dialog';
import { QueueItemCard } from './queue-item-card';
import '../console.css';

type Pending = { item: VerificationQueueItem; decision: VerificationDecision };

/** The association's verification queue: who waits longest comes first. */
export function VerificationQueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<VerificationStatus>('pending');
  const [pending, setPending] = useState<Pending | null>(null);
  const queue = useVerificationQueue(status);
  const items = queue.data?.items ?? [];

  return (
    <div className="page">
      <title>{`${t('console.queue.title')} — ${t('app.name')}`}</title>
      <PageHeader
        eyebrow={t('console.nav')}
        title={t('console.queue.title')}
        lead={t('console.queue.lead')}
      />
      <ConsoleTabs />
      <div className="console-filter">
        <SelectField
          id="queue-status"
          label={t('console.queue.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as VerificationStatus)}
        >
          {VERIFICATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`console.queue.statuses.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {queue.isPending ? <Spinner label={t('app.loading')} /> : null}
      {queue.isError ? <Alert tone="error">{problemMessage(t, queue.error)}</Alert> : null}
      {queue.isSuccess && items.length === 0 ? (
        <EmptyState heading={t('console.queue.empty')}>{t('console.queue.emptyBody')}</EmptyState>
      ) : null}
      <ul className="queue-list">
        {items.map((item) => (
          <QueueItemCard
            key={item.organization.id}
            item={item}
            onDecide={(decision) => setPending({ item, decision })}
          />
        ))}
      </ul>
      {pending ? (
        <DecisionDialog
          organization={pending.item.organization}
          decision={pending.decision}
          onClose={() => setPending(null)}
        />
      ) : null}
    </div>
  );
}
