import { type BidTerms, bidTermsErrors } from '@zamena/shared/bids/bid-terms';
import type { FieldError } from '../../lib/errors';

/** Checks of a bid's terms against its need, exact on decimal strings (no floats). */

export { compareDecimals } from '@zamena/shared/domain/decimal';
export type { BidTerms as Terms } from '@zamena/shared/bids/bid-terms';

/** The quantity fits the need and the offer is still valid today (UTC); the bid form runs the same rule. */
export const termsErrors = (terms: BidTerms, needQuantity: string, today: string): FieldError[] =>
  bidTermsErrors(terms, needQuantity, today);
