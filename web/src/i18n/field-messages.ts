import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ApiError } from '../lib/api-client';
import type { ru } from './locales/ru';
import { isKnownProblemCode, type WordedProblemCode } from './problem-message';

type ValidationKey = keyof typeof ru.validation;

/** What to say next to a field; kept untranslated so it follows a language switch. */
export type FieldMessage =
  { key: ValidationKey; count?: number; max?: string } | { problem: WordedProblemCode } | { text: string };
export type FieldMessages = Partial<Record<string, FieldMessage>>;

/** Messages written in the shared zod schemas, and zod's own defaults the server may echo back. */
const KNOWN_MESSAGES: Record<string, ValidationKey> = {
  'must contain digits only': 'digitsOnly',
  'must be 10 or 12 digits': 'innLength',
  'must be 13 or 15 digits': 'ogrnLength',
  'checksum does not match': 'checksum',
  'must be a two-digit region code': 'regionCode',
  'no such region': 'unknownRegion',
  'only enterprises and centres register themselves': 'registrableKind',
  'must not contain a NUL character': 'forbiddenCharacter',
  'must not contain an unpaired surrogate': 'forbiddenCharacter',
  'Invalid email address': 'email',
  'must be greater than zero': 'positive',
  'must be an OKPD2 code such as 28, 28.15 or 28.15.10.120': 'okpd2Code',
  'no such OKPD2 code': 'unknownOkpd2',
  'must be a TN VED code of 4, 6, 8 or 10 digits': 'tnved',
  'must be an OKEI unit code such as 796': 'choose',
  'must not be in the past': 'notInPast',
  'is required': 'required',
  'Invalid ISO date': 'date',
  'is one of the most common passwords: choose another': 'commonPassword',
  'must not be your e-mail address': 'passwordIsEmail',
  'is not your current password': 'wrongCurrentPassword',
};

/** zod's own wording for numbers and lists, with the bound they carry. */
const COUNTED_MESSAGES: ReadonlyArray<readonly [RegExp, ValidationKey]> = [
  [/^must be a decimal with at most (\d+) decimals$/, 'decimal'],
  [/^Too small: expected number to be >=(-?\d+)$/, 'minNumber'],
  [/^Too big: expected number to be <=(-?\d+)$/, 'maxNumber'],
  [/^Too small: expected array to have >=(\d+) items?$/, 'minItems'],
  [/^Too big: expected array to have <=(\d+) items?$/, 'maxItems'],
];

/** Problem codes that are really about one field. */
const FIELD_OF_PROBLEM: Partial<Record<string, string>> = {
  email_taken: 'email',
  organization_exists: 'organization.inn',
};

function specialise(path: string, key: ValidationKey): ValidationKey {
  if (key !== 'checksum') return key;
  if (path.endsWith('inn')) return 'innChecksum';
  if (path.endsWith('ogrn')) return 'ogrnChecksum';
  return key;
}

/** Maps a message text (from a schema or the server) to a translated one; unknown text is shown as is. */
export function messageFromText(path: string, message: string): FieldMessage {
  const known = KNOWN_MESSAGES[message];
  if (known) return { key: specialise(path, known) };
  const above = /^must not exceed the need's quantity \((.+)\)$/.exec(message);
  if (above) return { key: 'aboveNeedQuantity', max: above[1] };
  const min = /^Too small: expected string to have >=(\d+) characters?$/.exec(message);
  if (min) return { key: 'minLength', count: Number(min[1]) };
  const max = /^Too big: expected string to have <=(\d+) characters?$/.exec(message);
  if (max) return { key: 'maxLength', count: Number(max[1]) };
  for (const [pattern, key] of COUNTED_MESSAGES) {
    const counted = pattern.exec(message);
    if (counted) return { key, count: Number(counted[1]) };
  }
  if (message.startsWith('Invalid option')) return { key: 'choose' };
  if (message.endsWith('received undefined')) return { key: 'required' };
  if (/^Invalid input: expected (number|int)/.test(message)) return { key: 'wholeNumber' };
  return { text: message };
}

function valueAt(values: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
    values,
  );
}

/** The first zod issue of each field, as messages keyed by the dotted path (`organization.inn`). */
export function fieldMessagesFromIssues(issues: readonly z.core.$ZodIssue[], values: unknown): FieldMessages {
  const messages: FieldMessages = {};
  for (const issue of issues) {
    const path = issue.path.join('.');
    if (messages[path]) continue;
    const value = valueAt(values, issue.path);
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      messages[path] = { key: path.endsWith('regionCode') ? 'regionCode' : 'required' };
    } else if (issue.code === 'too_small' && issue.origin === 'string') {
      messages[path] = { key: 'minLength', count: Number(issue.minimum) };
    } else if (issue.code === 'too_big' && issue.origin === 'string') {
      messages[path] = { key: 'maxLength', count: Number(issue.maximum) };
    } else if (issue.code === 'invalid_value') {
      messages[path] = { key: 'choose' };
    } else {
      messages[path] = messageFromText(path, issue.message);
    }
  }
  return messages;
}

/** Field errors carried by a problem document, plus problems that point at one field. */
export function fieldMessagesFromProblem(error: ApiError): FieldMessages {
  const messages: FieldMessages = {};
  for (const { path, message } of error.errors) messages[path] ??= messageFromText(path, message);
  const field = FIELD_OF_PROBLEM[error.code];
  if (field && isKnownProblemCode(error.code)) messages[field] ??= { problem: error.code };
  return messages;
}

export function formatFieldMessage(t: TFunction, message: FieldMessage | undefined): string | undefined {
  if (!message) return undefined;
  if ('key' in message) return t(`validation.${message.key}`, { count: message.count, max: message.max });
  if ('problem' in message) return t(`problems.${message.problem}`);
  return message.text;
}
