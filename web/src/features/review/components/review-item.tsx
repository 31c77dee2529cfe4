import type { Match } from '@zamena/shared/matching/matching.schemas';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { formatDate, formatQuantity } from '../../../components/ui/format';
import { Meter } from '../../../components/ui/meter';
import { useRegionName } from '../../../components/ui/region-select';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatPercent } from '../utils/review-format';
import { DismissForm } from './dismiss-form';
import { ReviewBreakdown } from './review-breakdown';

type ReviewItemProps = {
  match: Match;
  position: number;
  active: boolean;
  itemRef: Ref<HTMLLIElement>;
  helpId: string;
  busy: boolean;
  dismissing: boolean;
  onFocus: () => void;
  onApprove: () => void;
  onStartDismiss: () => void;
  onDismiss: (reason: string) => void;
  onCancelDismiss: () => void;
};

const STATUS_TONE = { proposed: 'neutral', approved: 'success', dismissed: 'danger' } as const;

/** One proposed match: the need and the capability side by side, the score and its parts, the decision. */
export function ReviewItem(props: ReviewItemProps) {
  const { match, position, active, itemRef, helpId, busy, dismissing } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();
  const { need, capability, manufacturer } = match;
  const titleId = `review-${match.id}-title`;

  return (
    <li
      ref={itemRef}
      tabIndex={active ? 0 : -1}
      className={active ? 'card review-item review-item-active' : 'card review-item'}
      aria-labelledby={titleId}
      aria-describedby={helpId}
      aria-keyshortcuts="j k a d"
      onFocus={(event) => {
        if (event.target === event.currentTarget) props.onFocus();
      }}
    >
      <div className="review-head">
        <p className="review-position" id={titleId}>
          {t('review.itemTitle', { n: position, need: need.title, capability: capability.title })}
        </p>
        <div className="review-score">
          <Meter
            label={t('matches.score')}
            value={match.score}
            valueText={formatPercent(match.score, language)}
          />
          <StatusBadge tone={STATUS_TONE[match.status]}>{t(`matches.status.${match.status}`)}</StatusBadge>
          {match.notified ? null : <StatusBadge tone="neutral">{t('matches.possible')}</StatusBadge>}
          {match.supplierVerdict ? (
            <StatusBadge tone="warning">{t('matches.notOurProduct')}</StatusBadge>
          ) : null}
          {match.supplierVerdictNote ? <span className="muted">«{match.supplierVerdictNote}»</span> : null}
        </div>
      </div>
      <div className="review-sides">
        <section className="review-side" aria-label={t('review.need')}>
          <p className="eyebrow">{t('review.need')}</p>
          <h3 className="review-side-title">
            <Link to={`/needs/${need.id}`}>{need.title}</Link>
          </h3>
          <p className="review-side-line">
            {need.buyer.name}, {regionName(need.deliveryRegionCode)}
          </p>
          <p className="review-side-line">
            {t('matches.needAmount', {
              quantity: formatQuantity(need.quantity, need.unit, language),
              date: formatDate(need.neededBy, language),
            })}
          </p>
          <p className="review-side-line mono">{need.okpd2}</p>
        </section>
        <section className="review-side" aria-label={t('review.capability')}>
          <p className="eyebrow">{t('review.capability')}</p>
          <h3 className="review-side-title">
            <Link to={`/capabilities/${capability.id}`}>{capability.title}</Link>
          </h3>
          <p className="review-side-line">
            {manufacturer.name}, {regionName(manufacturer.regionCode)}{' '}
            {manufacturer.verified ? <StatusBadge tone="success">{t('matches.verified')}</StatusBadge> : null}
          </p>
          <p className="review-side-line">{t('matches.leadTime', { days: capability.leadTimeDays })}</p>
          <p className="review-side-line mono">{capability.okpd2.join(', ')}</p>
        </section>
      </div>
      <ReviewBreakdown components={match.components} relevance={match.relevance} />
      <p className="muted review-distance">
        {t('review.distance', { km: new Intl.NumberFormat(language).format(match.distanceKm) })}
        {match.interregional ? ` · ${t('matches.interregional')}` : ''}
      </p>
      {match.reviewReason ? (
        <p className="review-reason">{t('review.reason', { reason: match.reviewReason })}</p>
      ) : null}
      {dismissing ? (
        <DismissForm
          busy={busy}
          onDismiss={props.onDismiss}
          onCancel={props.onCancelDismiss}
          matchId={match.id}
        />
      ) : (
        <div className="review-actions">
          <Button className="button-small" busy={busy} onClick={props.onApprove}>
            {t('review.approve')} <kbd aria-hidden="true">a</kbd>
          </Button>
          <Button variant="secondary" className="button-small" onClick={props.onStartDismiss}>
            {t('review.dismiss')} <kbd aria-hidden="true">d</kbd>
          </Button>
        </div>
      )}
    </li>
  );
}
