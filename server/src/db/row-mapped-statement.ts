import { Column, type DriverValueDecoder, fillPlaceholders, is, noopDecoder, SQL } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from './client';

/**
 * A named prepared statement written with drizzle's query builder, run on the pool directly and mapped
 * by a row mapper generated once. drizzle's own `.prepare().execute()` looks up every field's decoder
 * again for every row (its generic mapResultRow): on a 20-row search page that was a tenth of the API's
 * CPU. The mapping is the same: rows in array mode, each field through its column's (or SQL's)
 * decoder, nested by the selection's shape. For inner joins only: a left-joined table that is missing
 * would come out as an object of nulls, not as null.
 */

type Selection = Record<string, unknown>;
type SelectQuery = { toSQL(): { sql: string; params: unknown[] }; _: { selectedFields: Selection } };
type Decode = (value: unknown) => unknown;

/**
 * Date and time types stay text, as drizzle's node-postgres driver leaves them for the columns'
 * decoders: timestamptz, timestamp, date, interval and their arrays, and numeric[].
 */
const TEXT_TYPES = new Set([1184, 1114, 1082, 1186, 1231, 1115, 1185, 1187, 1182]);
const asText = (value: string) => value;
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    TEXT_TYPES.has(oid) ? asText : pg.types.getTypeParser(oid, format),
};

/** An SQL expression's decoder (`sql<T>…` or `.mapWith()`): drizzle keeps it in a field its types mark internal. */
const sqlDecoder = (expression: SQL) =>
  (expression as unknown as { decoder: DriverValueDecoder<unknown, unknown> }).decoder;

/** The field's decoder, or null when it passes the driver's value through unchanged. */
function decoderOf(field: unknown, key: string): Decode | null {
  if (is(field, Column)) {
    return field.mapFromDriverValue === Column.prototype.mapFromDriverValue
      ? null
      : (value) => field.mapFromDriverValue(value);
  }
  const decoder = is(field, SQL)
    ? sqlDecoder(field)
    : is(field, SQL.Aliased)
      ? sqlDecoder(field.sql)
      : undefined;
  if (!decoder) throw new Error(`row-mapped statements select columns and SQL expressions only (${key})`);
  return decoder === noopDecoder ? null : (value) => decoder.mapFromDriverValue(value);
}

const isNested = (field: unknown): field is Selection =>
  field !== null &&
  typeof field === 'object' &&
  !is(field, Column) &&
  !is(field, SQL) &&
  !is(field, SQL.Aliased);

/**
 * Builds `{ need: { id, … }, buyer: { … }, sortKey }` from an array row, the selection's fields
 * depth-first in key order (the order drizzle writes the select list in). The mapper is generated as
 * one object literal per row, so every row object has one fixed shape from the start.
 */
export function compileRowMapper(selection: Selection): (row: unknown[]) => Record<string, unknown> {
  const decoders: (Decode | null)[] = [];
  const literal = (fields: Selection): string =>
    `{${Object.entries(fields)
      .map(([key, field]) => {
        if (key === '__proto__') throw new Error('a selection key may not be __proto__');
        if (isNested(field)) return `${JSON.stringify(key)}: ${literal(field)}`;
        const index = decoders.push(decoderOf(field, key)) - 1;
        const value = decoders[index]
          ? `(r[${index}] === null ? null : d[${index}](r[${index}]))`
          : `r[${index}]`;
        return `${JSON.stringify(key)}: ${value}`;
      })
      .join(', ')}}`;
  const body = `return (r) => (${literal(selection)});`;
  // Generated from the selection's own keys (JSON-quoted) and indexes only: no outside text reaches it.
  return new Function('d', body)(decoders) as (row: unknown[]) => Record<string, unknown>;
}

export function prepareRowMapped<Row>(db: Db, name: string, query: SelectQuery) {
  const { sql: text, params } = query.toSQL();
  const mapRow = compileRowMapper(query._.selectedFields);
  return async (values: Record<string, unknown>): Promise<Row[]> => {
    const result = await db.$client.query<unknown[]>({
      name,
      text,
      values: fillPlaceholders(params, values),
      rowMode: 'array',
      types,
    });
    return result.rows.map(mapRow) as Row[];
  };
}
