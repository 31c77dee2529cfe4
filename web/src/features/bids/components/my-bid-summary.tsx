import type { Bid } from '@zamena/shared/bids/bids.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMoney, formatQuantity } from '../../../components/ui/format';
import { BidStatusBadge } from './bid-status-badge';

/** The terms of the bidder's own offer as the buyer sees them. */
export function MyBidSummary({ need, bid }: { need: Need; bid: Bid }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <dl className="details">
      <div>
        <dt>{t('bids.compare.status')}</dt>
        <dd>
          <BidStatusBadge status={bid.status} />{' '}
          <span className="muted">
            {t('bids.mine.revisionAt', {
              revision: bid.revision,
              date: formatDateTime(bid.updatedAt, language),
            })}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('bids.compare.unitPrice')}</dt>
        <dd>{formatMoney(bid.unitPrice, language)}</dd>
      </div>
      <div>
        <dt>{t('bids.terms.column')}</dt>
        <dd>
          {bid.deliveredUnitPriceWithVat ? (
            formatMoney(bid.deliveredUnitPriceWithVat, language)
          ) : (
            <span className="muted">{t('bids.terms.notGiven')}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('bids.form.quantityShort')}</dt>
        <dd>{formatQuantity(bid.quantity, need.unit, language)}</dd>
      </div>
      <div>
        <dt>{t('bids.compare.total')}</dt>
        <dd>{formatMoney(bid.total, language)}</dd>
      </div>
      <div>
        <dt>{t('bids.compare.leadTime')}</dt>
        <dd>{t('bids.compare.days', { days: bid.leadTimeDays })}</dd>
      </div>
      <div>
        <dt>{t('bids.form.validUntil')}</dt>
        <dd>{formatDate(bid.validUntil, language)}</dd>
      </div>
      {bid.comment ? (
        <div>
          <dt>{t('bids.form.comment')}</dt>
          <dd className="description">{bid.comment}</dd>
        </div>
      ) : null}
      {bid.decisionReason ? (
        <div>
          <dt>{t('bids.mine.reason')}</dt>
          <dd>{bid.decisionReason}</dd>
        </div>
      ) : null}
    </dl>
  );
}
