import type { BidTermsDto, PriceBreakdownDto } from '@zamena/shared/bids/bids.schemas';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatQuantity } from '../ui/format';
import { BidPriceBreakdown } from './bid-price-breakdown';
import { describeTerms } from './describe-terms';
import './bid-terms.css';

/** The delivered unit price with VAT, with a disclosure of how it was computed and the terms behind it. */
export function BidDeliveredCell({
  bid,
  unit,
}: {
  /** A need bid or a lot bid as read back. */
  bid: { terms: BidTermsDto | null; priceBreakdown: PriceBreakdownDto | null };
  unit: string | null;
}) {
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
  const conditions = describeTerms(t, language, terms);

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
