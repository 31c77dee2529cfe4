import type { PriceBreakdownDto } from '@zamena/shared/bids/bids.schemas';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../ui/format';
import './bid-terms.css';

/** How a delivered unit price with VAT is made up: the parts add up to it (shared/src/bids/bid-price.ts). */
export function BidPriceBreakdown({ breakdown }: { breakdown: PriceBreakdownDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const rows = [
    ['priceWithoutVat', breakdown.unitPriceWithoutVat],
    ['deliveryPerUnit', breakdown.deliveryPerUnit],
    ['vat', breakdown.vatPerUnit],
  ] as const;
  return (
    <dl className="price-breakdown">
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`bids.terms.${key}`)}</dt>
          <dd>{formatMoney(value, language)}</dd>
        </div>
      ))}
      <div className="price-breakdown-total">
        <dt>{t('bids.terms.delivered')}</dt>
        <dd>{formatMoney(breakdown.deliveredUnitPriceWithVat, language)}</dd>
      </div>
    </dl>
  );
}
