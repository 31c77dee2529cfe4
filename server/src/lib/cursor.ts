import { ValidationError } from './errors';

/**
 * Keyset pagination cursors: the sort mode and the last row's sort key and id, as opaque base64url.
 * The key is a string (a decimal rank or epoch microseconds), never a float or a JS Date, so the
 * next page starts exactly after the last row (timestamps have microseconds, Dates only milliseconds).
 */
export type Cursor = { sort: 'date' | 'relevance'; key: string; id: string };

/**
 * Epoch microseconds of 0001-01-01 and 9999-12-31T23:59:59.999999Z. Date keys are cast to bigint and
 * turned into a timestamptz in SQL (search-sql.ts), so a key outside this window would fail there
 * (bigint or timestamp out of range) instead of being refused here; no row of ours is dated outside it.
 */
const MIN_DATE_MICROS = -62_135_596_800_000_000n;
const MAX_DATE_MICROS = 253_402_300_799_999_999n;
const DATE_KEY = /^-?\d{1,18}$/;
/** Ranks and totals: non-negative numerics, up to numeric(24, 2) lot totals and 12 decimals of rank. */
const RELEVANCE_KEY = /^\d{1,22}(\.\d{1,12})?$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');
}

function isValidKey(sort: Cursor['sort'], key: string): boolean {
  if (sort === 'relevance') return RELEVANCE_KEY.test(key);
  if (!DATE_KEY.test(key)) return false;
  const micros = BigInt(key);
  return micros >= MIN_DATE_MICROS && micros <= MAX_DATE_MICROS;
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
  if (!isValidKey(sort, key) || !ID.test(id)) throw invalid();
  return { sort, key, id };
}
