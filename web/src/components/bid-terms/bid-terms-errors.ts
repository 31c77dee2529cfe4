import type { TFunction } from 'i18next';

// The shared rules between the terms (shared/src/bids/bid-conditions.ts) word their messages in
// English for the API; the form shows them in the user's language.
const ADD_UP = /^must add up to the bid's quantity \((.+)\), not (.+)$/;
const AFTER_NEED = /^must not be after the need's date \((.+)\)$/;

/** A field message of the terms, translated when it is one of the terms rules; others pass through. */
export function translateTermsError(t: TFunction, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const addUp = ADD_UP.exec(message);
  if (addUp) return t('bids.termsForm.errors.addUp', { quantity: addUp[1], sum: addUp[2] });
  const after = AFTER_NEED.exec(message);
  if (after) return t('bids.termsForm.errors.afterNeed', { date: after[1] });
  if (message === 'is required once terms are given') return t('bids.termsForm.errors.required');
  if (message === 'must be left out for pick-up at the supplier')
    return t('bids.termsForm.errors.pickupCost');
  return message;
}
