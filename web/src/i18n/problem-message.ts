import type { TFunction } from 'i18next';
import { isApiError } from '../lib/api-client';
import { ru } from './locales/ru';

/** A code the client words in `problems` (typed exhaustive in problem-texts.ts). */
export type WordedProblemCode = keyof typeof ru.problems;

/** At run time any string may come: a code the client leaves unworded, or one newer than this bundle. */
export function isKnownProblemCode(code: string): code is WordedProblemCode {
  return Object.hasOwn(ru.problems, code);
}

/** A problem document in the user's language; an unknown code falls back to the server's own detail. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('problems.unexpected');
  if (isKnownProblemCode(error.code)) return t(`problems.${error.code}`);
  return error.detail ?? t('problems.unexpected');
}
