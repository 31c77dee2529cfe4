import type { TFunction } from 'i18next';
import { formatFieldMessage, messageFromText } from '../../../i18n/field-messages';

/**
 * What the importer says about cells and files (shared/src/imports, server/src/modules/imports), in
 * the user's language; anything else goes through the field messages every form uses.
 */
const IMPORT_MESSAGES = {
  'must be a number': 'number',
  'must be a number, such as 1200 or 850,50': 'number',
  'must be a whole number': 'wholeNumber',
  'must be a date such as 01.03.2027': 'date',
  'must be «да» or «нет»': 'yesNo',
  'must be an INN of 10 or 12 digits': 'innLength',
  'is required': 'required',
  'The column is missing': 'columnMissing',
  'The file is empty': 'fileEmpty',
  'No rows below the header': 'noRows',
  'No organization with this INN on the exchange': 'unknownInn',
  'The import failed on our side; upload the file again': 'internal',
  'The file is not a readable CSV file': 'notCsv',
  'The file is not a readable Excel (.xlsx) file': 'notXlsx',
  'The file is not a readable CSV file: a quotation mark (") opens a cell that is never closed':
    'unclosedQuote',
} as const;

/** Messages that carry the server's configured limit (server/src/modules/imports/sheet-rows.ts). */
const LIMIT_MESSAGES = [
  [/^The file has more than (\d+) rows/, 'tooManyRows'],
  [/^The file holds more than ([\d.]+) MB of data once unpacked/, 'tooLargeUnpacked'],
] as const;

export function rowErrorMessage(t: TFunction, path: string, message: string): string {
  const key = IMPORT_MESSAGES[message as keyof typeof IMPORT_MESSAGES];
  if (key) return t(`imports.rowMessages.${key}`);
  for (const [pattern, limitKey] of LIMIT_MESSAGES) {
    const max = pattern.exec(message)?.[1];
    if (max) return t(`imports.rowMessages.${limitKey}`, { max: Number(max) });
  }
  return formatFieldMessage(t, messageFromText(path, message)) ?? message;
}
