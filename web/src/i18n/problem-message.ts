import type { TFunction } from 'i18next';
import { isApiError } from '../lib/api-client';
import { ru } from './locales/ru';

export type ProblemCode = keyof typeof ru.problems;

export function isKnownProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(ru.problems, code);
}

/** A problem document in the user's language; an unknown code falls back to the server's own detail. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('problems.unexpected');
  if (isKnownProblemCode(error.code)) return t(`problems.${error.code}`);
  return error.detail ?? t('problems.unexpected');
}
