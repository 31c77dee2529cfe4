import type { Subscription } from '@zamena/shared/subscriptions/subscriptions.schemas';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useOkpd2Names } from '../../../components/ui/okpd2-source';
import { useRegions } from '../../../lib/regions';
import { okpd2Source } from '../../../lib/okpd2-api';
import { districtLabel, regionLabel } from '../utils/criteria-labels';
import { DigestPreview } from './digest-preview';

type SubscriptionCardProps = {
  subscription: Subscription;
  onEdit: () => void;
  onRemove: () => void;
  onToggleDigest: () => void;
  busy: boolean;
};

/** One subscription: what it follows, its digest, and what the next digest holds. */
export function SubscriptionCard({
  subscription,
  onEdit,
  onRemove,
  onToggleDigest,
  busy,
}: SubscriptionCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regions = useRegions();
  const [previewing, setPreviewing] = useState(false);
  const headingId = useId();
  const previewId = useId();
  const { okpd2Prefixes, regionCodes, districts, words } = subscription;
  const okpd2Names = useOkpd2Names(okpd2Source, okpd2Prefixes);
  // Each part names its kind by itself: a code, a region, a federal district, words in quotes.
  const title = [
    ...okpd2Prefixes.map((code) => `${code} ${okpd2Names.get(code) ?? ''}`.trim()),
    ...regionCodes.map((code) => regionLabel(code, regions.data, language)),
    ...districts.map((district) => districtLabel(t, district)),
    ...(words ? [`«${words}»`] : []),
  ].join(' · ');

  return (
    <li className="card subscription-card" aria-labelledby={headingId}>
      <div className="subscription-card-head">
        <h2 id={headingId} className="subscription-card-title">
          {title}
        </h2>
        <StatusBadge tone={subscription.digest === 'daily' ? 'success' : 'neutral'}>
          {subscription.digest === 'daily' ? t('subscriptions.card.daily') : t('subscriptions.card.off')}
        </StatusBadge>
      </div>
      <div className="subscription-card-actions">
        <Button
          variant="secondary"
          className="button-small"
          aria-expanded={previewing}
          aria-controls={previewId}
          onClick={() => setPreviewing((open) => !open)}
        >
          {previewing ? t('subscriptions.card.hidePreview') : t('subscriptions.card.preview')}
        </Button>
        <Button variant="secondary" className="button-small" onClick={onEdit}>
          {t('subscriptions.card.edit')}
        </Button>
        <Button variant="secondary" className="button-small" busy={busy} onClick={onToggleDigest}>
          {subscription.digest === 'daily'
            ? t('subscriptions.card.stopDigest')
            : t('subscriptions.card.startDigest')}
        </Button>
        <Button variant="ghost" className="button-small" onClick={onRemove}>
          {t('subscriptions.card.remove')}
        </Button>
      </div>
      <div id={previewId}>
        {previewing ? (
          <DigestPreview subscriptionId={subscription.id} headingId={`${previewId}-heading`} />
        ) : null}
      </div>
    </li>
  );
}
