import { compareDecimals, toFraction, trimDecimal } from '../domain/decimal';
import type { DeliveryBasis, VatRate } from './bid-price';

/** The commercial terms as a bid carries them once merged (a revision keeps what it does not send). */
export type BidConditions = {
  quantity?: string;
  vatRate?: VatRate | null;
  priceIncludesVat?: boolean | null;
  deliveryBasis?: DeliveryBasis | null;
  deliveryCost?: string | null;
  prepaymentPercent?: number | null;
  paymentDays?: number | null;
  warrantyMonths?: number | null;
  schedule?: { date: string; quantity: string }[] | null;
};
export type BidConditionsError = { path: string; message: string };

const CORE = ['vatRate', 'priceIncludesVat', 'deliveryBasis'] as const;
const OPTIONAL = ['deliveryCost', 'prepaymentPercent', 'paymentDays', 'warrantyMonths', 'schedule'] as const;

const given = (value: unknown) => value !== undefined && value !== null;
// The form runs these rules on input its schema may have refused already: only well-formed values count.
const isQuantity = (value: string | undefined) => value !== undefined && /^\d{1,15}(\.\d{1,3})?$/.test(value);
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Exact sum of decimal strings (quantities have at most 3 decimals), as a comparable string. */
function sum(values: string[]): string {
  const total = values.reduce(
    (acc, value) => acc + toFraction(value).numerator * 10n ** BigInt(3 - (value.split('.')[1]?.length ?? 0)),
    0n,
  );
  const digits = total.toString().padStart(4, '0');
  return `${digits.slice(0, -3)}.${digits.slice(-3)}`;
}

/**
 * The rules between the terms (DESIGN.md §5 "Bid terms"), run by the server on the merged bid and by
 * the form before sending:
 * - VAT rate, "price includes VAT" and delivery basis come together once any term is given;
 * - a delivery cost is for delivery to the buyer's site or a terminal (pick-up has none);
 * - the schedule adds up to the bid's quantity exactly, its dates from `today` through the need's
 *   needed-by date (a later delivery is late by the need's own terms; a late bidder leaves it out).
 */
export function bidConditionsErrors(
  conditions: BidConditions,
  neededBy: string | null,
  today: string,
): BidConditionsError[] {
  const errors: BidConditionsError[] = [];
  const anyGiven = [...CORE, ...OPTIONAL].some((key) => given(conditions[key]));
  if (anyGiven) {
    for (const key of CORE) {
      if (!given(conditions[key])) errors.push({ path: key, message: 'is required once terms are given' });
    }
  }
  if (conditions.deliveryBasis === 'pickup' && given(conditions.deliveryCost)) {
    errors.push({ path: 'deliveryCost', message: 'must be left out for pick-up at the supplier' });
  }
  const schedule = conditions.schedule ?? [];
  schedule.forEach((line, index) => {
    if (!isDate(line.date)) return;
    if (line.date < today)
      errors.push({ path: `schedule.${index}.date`, message: 'must not be in the past' });
    else if (neededBy !== null && line.date > neededBy) {
      errors.push({
        path: `schedule.${index}.date`,
        message: `must not be after the need's date (${neededBy})`,
      });
    }
  });
  const complete = schedule.every((line) => isQuantity(line.quantity));
  if (
    schedule.length > 0 &&
    complete &&
    conditions.quantity !== undefined &&
    isQuantity(conditions.quantity)
  ) {
    const scheduled = sum(schedule.map((line) => line.quantity));
    if (compareDecimals(scheduled, conditions.quantity) !== 0) {
      errors.push({
        path: 'schedule',
        message: `must add up to the bid's quantity (${trimDecimal(conditions.quantity)}), not ${trimDecimal(scheduled)}`,
      });
    }
  }
  return errors;
}
