import type { TFunction } from 'i18next';
import { problemMessage } from '../../../i18n/problem-message';
import { ru } from '../../../i18n/locales/ru';
import { ApiError, isApiError } from '../../../lib/api-client';

type BidProblemCode = keyof typeof ru.bids.problems;

/** Bid and acceptance refusals in the user's language; anything else as the app says it elsewhere. */
export function bidProblemMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && Object.hasOwn(ru.bids.problems, error.code)) {
    return t(`bids.problems.${error.code as BidProblemCode}`);
  }
  return problemMessage(t, error);
}

const QUANTITY_LIMIT = /^must not exceed the need's quantity \((.+)\)$/;

/**
 * The server checks a bid against its need (quantity, own capability); those field messages are
 * translated here so the form shows them in the user's language next to the field.
 */
export function translateBidFieldErrors(t: TFunction, error: unknown): unknown {
  if (!isApiError(error) || error.errors.length === 0) return error;
  const errors = error.errors.map(({ path, message }) => {
    const limit = QUANTITY_LIMIT.exec(message);
    if (limit) return { path, message: t('bids.form.quantityTooLarge', { max: limit[1] }) };
    if (path === 'capabilityId') return { path, message: t('bids.form.notYourCapability') };
    return { path, message };
  });
  return new ApiError({ ...error.problem, errors });
}
