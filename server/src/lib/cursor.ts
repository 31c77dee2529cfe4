import { ValidationError } from './errors';

/**
 * Keyset pagination cursors: the sort mode and the last row's sort key and id, as opaque base64url.
 * The key is a string (a decimal rank or epoch microseconds), never a float or a JS Date, so the
 * next page starts exactly after the last row (timestamps have microseconds, Dates only milliseconds).
 */
export type Cursor = { sort: 'date' | 'relevance'; key: string; id: string };

const KEY = /^-?\d{1,20}(\.\d{1,12})?$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');
}

/** Throws a 400 on anything this server did not write (or wrote for another sort order). */
export function decodeCursor(value: string, sort: Cursor['sort']): Cursor {
  const invalid = () => new ValidationError('Invalid cursor', [{ path: 'cursor', message: 'is not valid' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [kind, key, id] = parsed as unknown[];
  if (kind !== sort || typeof key !== 'string' || typeof id !== 'string') throw invalid();
  if (!KEY.test(key) || !ID.test(id)) throw invalid();
  return { sort, key, id };
}
