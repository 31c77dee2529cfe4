import type { z } from 'zod';
import { compareDecimals, trimDecimal } from '../domain/decimal';
import { bidConditionsErrors } from './bid-conditions';
import { createBidSchema } from './bids.schemas';

export type BidTerms = { quantity?: string; validUntil?: string };
export type BidTermsError = { path: 'quantity' | 'validUntil'; message: string };

/**
 * The quantity fits the need and the offer is still valid `today` (UTC on the server, the user's day
 * in the form): the server's rule, which the bid form runs before sending.
 */
export function bidTermsErrors(terms: BidTerms, needQuantity: string, today: string): BidTermsError[] {
  const errors: BidTermsError[] = [];
  if (terms.quantity !== undefined && compareDecimals(terms.quantity, needQuantity) > 0) {
    errors.push({
      path: 'quantity',
      message: `must not exceed the need's quantity (${trimDecimal(needQuantity)})`,
    });
  }
  if (terms.validUntil !== undefined && terms.validUntil < today) {
    errors.push({ path: 'validUntil', message: 'must not be in the past' });
  }
  return errors;
}

/**
 * createBidSchema with the checks against the need, for the bid form. They sit on the fields, not the
 * object, so they report even when another field is missing (every error at once); the rules between
 * the terms (bid-conditions.ts) need the whole object and run whenever every field has its type.
 */
export const bidFormSchema = (needQuantity: string | null, today: string, neededBy: string | null = null) => {
  const against = (terms: BidTerms, context: z.RefinementCtx) => {
    if (needQuantity === null) return;
    for (const { message } of bidTermsErrors(terms, needQuantity, today)) {
      context.addIssue({ code: 'custom', message });
    }
  };
  return createBidSchema
    .extend({
      quantity: createBidSchema.shape.quantity.superRefine((quantity, context) =>
        against({ quantity }, context),
      ),
      validUntil: createBidSchema.shape.validUntil.superRefine((validUntil, context) =>
        against({ validUntil }, context),
      ),
    })
    .superRefine((bid, context) => {
      for (const { path, message } of bidConditionsErrors(bid, neededBy, today)) {
        context.addIssue({
          code: 'custom',
          path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          message,
        });
      }
    });
};
