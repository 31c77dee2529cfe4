import type { ProtocolBid, ProtocolNeed } from '@zamena/shared/protocols/protocols.schemas';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { StatusBadge } from '../../../components/ui/status-badge';
import { describeTerms } from '../../../components/bid-terms/describe-terms';

/** A bid's terms in one line: VAT, delivery, payment, warranty and the schedule. */
function TermsLine({ bid, need }: { bid: ProtocolBid; need: ProtocolNeed }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { terms } = bid;
  if (!terms) return <span className="muted">{t('bids.terms.notGiven')}</span>;
  const parts = describeTerms(t, language, terms);
  return (
    <>
      <span>{parts.join(' · ')}</span>
      {terms.schedule ? (
        <span className="cell-sub">
          {t('bids.terms.schedule')}:{' '}
          {terms.schedule
            .map((line) =>
              t('bids.terms.scheduleLine', {
                date: formatDate(line.date, language),
                quantity: formatQuantity(line.quantity, need.unit, language),
              }),
            )
            .join('; ')}
        </span>
      ) : null}
    </>
  );
}

/** How the delivered price with VAT was made up: price without VAT + delivery + VAT. */
function Computation({ bid }: { bid: ProtocolBid }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const b = bid.priceBreakdown;
  if (!b) return null;
  return (
    <span className="cell-sub">
      {t('protocols.computed', {
        net: formatMoney(b.unitPriceWithoutVat, language),
        delivery: formatMoney(b.deliveryPerUnit, language),
        vat: formatMoney(b.vatPerUnit, language),
        delivered: formatMoney(b.deliveredUnitPriceWithVat, language),
      })}
    </span>
  );
}

/** The bids as they were compared when the decision was made, in that order; the winner marked. */
export function ProtocolBidsTable({ need, bids }: { need: ProtocolNeed; bids: ProtocolBid[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <div className="table-wrap">
      <table className="data-table protocol-table">
        <caption className="visually-hidden">{t('protocols.bidsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('protocols.columns.rank')}</th>
            <th scope="col">{t('protocols.columns.supplier')}</th>
            <th scope="col" className="cell-number">
              {t('protocols.columns.delivered')}
            </th>
            <th scope="col" className="cell-number">
              {t('protocols.columns.unitPrice')}
            </th>
            <th scope="col" className="cell-number">
              {t('protocols.columns.total')}
            </th>
            <th scope="col" className="cell-number">
              {t('protocols.columns.leadTime')}
            </th>
            <th scope="col">{t('protocols.columns.terms')}</th>
          </tr>
        </thead>
        <tbody>
          {bids.map((bid) => (
            <tr key={bid.bidId} className={bid.winner ? 'protocol-winner' : ''}>
              <td data-label={t('protocols.columns.rank')}>{bid.rank}</td>
              <td className="cell-title" data-label={t('protocols.columns.supplier')}>
                <strong>{bid.supplier.name}</strong>
                {bid.winner ? (
                  <span className="bid-badges">
                    <StatusBadge tone="success">{t('protocols.winner')}</StatusBadge>
                  </span>
                ) : null}
                <span className="cell-sub">{formatQuantity(bid.quantity, need.unit, language)}</span>
              </td>
              <td className="cell-number" data-label={t('protocols.columns.delivered')}>
                {bid.deliveredUnitPriceWithVat ? (
                  <strong>{formatMoney(bid.deliveredUnitPriceWithVat, language)}</strong>
                ) : (
                  '—'
                )}
              </td>
              <td className="cell-number" data-label={t('protocols.columns.unitPrice')}>
                {formatMoney(bid.unitPrice, language)}
              </td>
              <td className="cell-number" data-label={t('protocols.columns.total')}>
                {formatMoney(bid.total, language)}
              </td>
              <td className="cell-number" data-label={t('protocols.columns.leadTime')}>
                {t('bids.compare.days', { days: bid.leadTimeDays })}
              </td>
              <td className="protocol-terms" data-label={t('protocols.columns.terms')}>
                <div>
                  <TermsLine bid={bid} need={need} />
                  <Computation bid={bid} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
