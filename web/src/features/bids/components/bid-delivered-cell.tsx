import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { BidPriceBreakdown } from './bid-price-breakdown';

/** The delivered unit price with VAT, with a disclosure of how it was computed and the terms behind it. */
export function BidDeliveredCell({ bid, unit }: { bid: ComparedBid; unit: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { terms, priceBreakdown } = bid;
  if (!terms || !priceBreakdown) {
    return (
      <div className="bid-delivered-missing">
        <span className="muted">{t('bids.terms.notGiven')}</span>
        <span className="cell-sub">{t('bids.terms.notGivenHint')}</span>
      </div>
    );
  }
  const taxed = terms.vatRate === '20' || terms.vatRate === '10';
  const conditions = [
    t(`bids.terms.vatRate.${terms.vatRate}`) +
      (taxed
        ? `, ${terms.priceIncludesVat ? t('bids.terms.includesVat') : t('bids.terms.excludesVat')}`
        : ''),
    t(`bids.terms.basis.${terms.deliveryBasis}`) +
      (terms.deliveryBasis === 'pickup'
        ? ''
        : `, ${
            terms.deliveryCost
              ? t('bids.terms.deliveryCost', { cost: formatMoney(terms.deliveryCost, language) })
              : t('bids.terms.deliveryIncluded')
          }`),
    terms.prepaymentPercent !== null
      ? t('bids.terms.prepayment', { percent: terms.prepaymentPercent })
      : null,
    terms.paymentDays !== null ? t('bids.terms.paymentDays', { days: terms.paymentDays }) : null,
    terms.warrantyMonths !== null ? t('bids.terms.warranty', { months: terms.warrantyMonths }) : null,
  ].filter((line): line is string => line !== null);

  return (
    <div className="bid-delivered">
      <strong>{formatMoney(priceBreakdown.deliveredUnitPriceWithVat, language)}</strong>
      <details className="bid-delivered-details">
        <summary>{t('bids.terms.howComputed')}</summary>
        <BidPriceBreakdown breakdown={priceBreakdown} />
        <ul className="bid-terms-list">
          {conditions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {terms.schedule ? (
          <>
            <p className="bid-terms-subheading">{t('bids.terms.schedule')}</p>
            <ul className="bid-terms-list">
              {terms.schedule.map((line) => (
                <li key={line.date + line.quantity}>
                  {t('bids.terms.scheduleLine', {
                    date: formatDate(line.date, language),
                    quantity: formatQuantity(line.quantity, unit, language),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
    </div>
  );
}
