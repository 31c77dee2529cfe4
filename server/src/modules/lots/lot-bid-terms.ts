import { bidConditionsErrors } from '@zamena/shared/bids/bid-conditions';
import type { CreateLotBid } from '@zamena/shared/lots/lots.schemas';
import type { lotBids } from '../../db/schema';
import type { FieldError } from '../../lib/errors';
import { priceOf } from '../bids/bid.mapper';

type TermColumns = Pick<
  typeof lotBids.$inferInsert,
  | 'vatRate'
  | 'priceIncludesVat'
  | 'deliveryBasis'
  | 'deliveryCost'
  | 'prepaymentPercent'
  | 'paymentDays'
  | 'warrantyMonths'
  | 'schedule'
  | 'deliveredUnitPrice'
>;

/**
 * A lot bid's commercial terms as stored, checked by the need bids' rules (shared bid-conditions.ts):
 * VAT, "price includes VAT" and basis together, no delivery cost for pick-up, a schedule from today
 * adding up to the bid's quantity. A lot pools needs of several dates, so the schedule is not held to
 * one need's date. The delivered unit price is computed from `unitPrice` (the weighted average when
 * lines are priced). Refusals go to `errors` with the field named.
 */
export function lotBidTerms(
  input: CreateLotBid,
  unitPrice: string,
  today: string,
  errors: FieldError[],
): TermColumns {
  errors.push(...bidConditionsErrors(input, null, today));
  const terms = {
    vatRate: input.vatRate ?? null,
    priceIncludesVat: input.priceIncludesVat ?? null,
    deliveryBasis: input.deliveryBasis ?? null,
    deliveryCost: input.deliveryCost ?? null,
    prepaymentPercent: input.prepaymentPercent ?? null,
    paymentDays: input.paymentDays ?? null,
    warrantyMonths: input.warrantyMonths ?? null,
    schedule: input.schedule ?? null,
  };
  const price = priceOf({ ...terms, unitPrice, quantity: input.quantity });
  return { ...terms, deliveredUnitPrice: price?.deliveredUnitPriceWithVat ?? null };
}
