import { bidConditionsErrors } from '@zamena/shared/bids/bid-conditions';
import type { CreateLotBid } from '@zamena/shared/lots/lots.schemas';
import type { FieldError } from '../../lib/errors';
import { priceOf, termColumnsOf } from '../bids/bid.mapper';

/**
 * A lot bid's commercial terms as stored, checked by the need bids' rules (shared bid-conditions.ts):
 * VAT, "price includes VAT" and basis together, no delivery cost for pick-up, a schedule from today
 * adding up to the bid's quantity. A lot pools needs of several dates, so the schedule is not held to
 * one need's date. The delivered unit price is computed from `unitPrice` (the weighted average when
 * lines are priced). Refusals go to `errors` with the field named.
 */
export function lotBidTerms(input: CreateLotBid, unitPrice: string, today: string, errors: FieldError[]) {
  errors.push(...bidConditionsErrors(input, null, today));
  const terms = termColumnsOf(input);
  const price = priceOf({ ...terms, unitPrice, quantity: input.quantity });
  return { ...terms, deliveredUnitPrice: price?.deliveredUnitPriceWithVat ?? null };
}
