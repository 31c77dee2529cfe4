import type { TFunction } from 'i18next';
import { problemMessage } from '../../../i18n/problem-message';
import { ru } from '../../../i18n/locales/ru';
import { isApiError } from '../../../lib/api-client';

type OrderProblemCode = keyof typeof ru.orders.problems;

/** Refused order moves in the user's language; anything else as the app says it elsewhere. */
export function orderProblemMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && Object.hasOwn(ru.orders.problems, error.code)) {
    return t(`orders.problems.${error.code as OrderProblemCode}`);
  }
  return problemMessage(t, error);
}
