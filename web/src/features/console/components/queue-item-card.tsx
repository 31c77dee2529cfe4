import type {
  VerificationDecision,
  VerificationQueueItem,
} from '@zamena/shared/organizations/organization-profile.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../components/ui/format';
import { useRegionName } from '../../../components/ui/region-select';
import { RegistrationChecksList } from './registration-checks-list';

type QueueItemCardProps = {
  item: VerificationQueueItem;
  onDecide: (decision: VerificationDecision) => void;
};

/** One organization awaiting (or past) a decision, with what it registered and the checks on it. */
export function QueueItemCard({ item, onDecide }: QueueItemCardProps) {
  const { t, i18n } = useTranslation();
  const regionName = useRegionName();
  const { organization: org, owners } = item;
  const headingId = `queue-${org.id}`;
  return (
    <li className="card queue-item">
      <h2 id={headingId} className="queue-item-title">
        <Link to={`/organizations/${org.id}`}>{org.name}</Link>
      </h2>
      <p className="muted">
        {t(`organizationKind.${org.kind}`)} · {regionName(org.regionCode)} ·{' '}
        {t('console.queue.registered', {
          date: formatDateTime(org.createdAt, i18n.resolvedLanguage ?? 'ru'),
        })}
      </p>
      <dl className="details">
        <div>
          <dt>{t('console.queue.inn')}</dt>
          <dd className="mono">{org.inn ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('console.queue.ogrn')}</dt>
          <dd className="mono">{org.ogrn ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('console.queue.owners')}</dt>
          <dd>{owners.map((owner) => `${owner.fullName} <${owner.email}>`).join(', ') || '—'}</dd>
        </div>
        {org.verificationReason ? (
          <div>
            <dt>{t('console.queue.reason')}</dt>
            <dd>{org.verificationReason}</dd>
          </div>
        ) : null}
      </dl>
      <RegistrationChecksList inn={org.inn} ogrn={org.ogrn} regionCode={org.regionCode} />
      <div className="form-actions">
        {org.verificationStatus === 'verified' ? (
          <Button variant="secondary" onClick={() => onDecide('revoke')}>
            {t('console.decide.revoke')}
          </Button>
        ) : (
          <>
            <Button onClick={() => onDecide('verify')}>{t('console.decide.verify')}</Button>
            {org.verificationStatus === 'pending' ? (
              <Button variant="secondary" onClick={() => onDecide('refuse')}>
                {t('console.decide.refuse')}
              </Button>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}
