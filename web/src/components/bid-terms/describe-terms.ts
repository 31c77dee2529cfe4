import type { BidTermsDto } from '@zamena/shared/bids/bids.schemas';
import type { TFunction } from 'i18next';
import { formatMoney } from '../ui/format';

/** The terms in words, a line each: VAT, delivery, prepayment, payment days, warranty (the schedule apart). */
export function describeTerms(t: TFunction, language: string, terms: BidTermsDto): string[] {
  const taxed = terms.vatRate === '20' || terms.vatRate === '10';
  return [
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
}
