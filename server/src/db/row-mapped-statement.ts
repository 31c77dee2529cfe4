import { Column, fillPlaceholders, is, SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from './client';

/**
 * Statements written as drizzle `sql` (columns and placeholders from the schema), run on the pool
 * directly and mapped by a row mapper generated once per selection. drizzle's own select maps every row
 * by looking up each field's decoder again (its generic mapResultRow): on a search page that was a tenth
 * of the API's CPU. The mapping is drizzle's: rows in array mode, the driver's type parsers of drizzle's
 * node-postgres session, each column through its `mapFromDriverValue`, nested by the selection's shape.
 * Only public drizzle API is used; row-mapped-statement.int.test.ts holds the result equal to drizzle's
 * own select, and drizzle-orm's version is pinned (server/package.json) so that an upgrade is a
 * deliberate change that runs that test.
 */

/**
 * Columns, decoded as drizzle decodes them; SQL expressions, taken as the driver parses them (so a
 * `.mapWith()` decoder is not applied: select a column or a text/boolean/number expression); nested
 * objects for joined tables. For inner joins only: a missing left-joined table would come out as an
 * object of nulls, not as null.
 */
export type Selection = { [key: string]: Column | SQL | Selection };

/**
 * Date and time types stay text, as drizzle's node-postgres session leaves them for the columns'
 * decoders: timestamptz, timestamp, date, interval and their arrays, and numeric[].
 */
const TEXT_TYPES = new Set([1184, 1114, 1082, 1186, 1231, 1115, 1185, 1187, 1182]);
const asText = (value: string) => value;
const types = {
  // pg-types declares its parsers as returning any.
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    TEXT_TYPES.has(oid) ? asText : (pg.types.getTypeParser(oid, format) as (value: string) => unknown),
};

const dialect = new PgDialect();

type Decode = (value: unknown) => unknown;
const isField = (field: unknown): field is Column | SQL => is(field, Column) || is(field, SQL);

/** The selection's fields, depth-first in key order: the select list's order, and the mapper's. */
function fieldsOf(selection: Selection): (Column | SQL)[] {
  return Object.values(selection).flatMap((field) => (isField(field) ? [field] : fieldsOf(field)));
}

/** The column's decoder, or null when it passes the driver's value through unchanged. */
const decoderOf = (field: Column | SQL): Decode | null =>
  is(field, Column) && field.mapFromDriverValue !== Column.prototype.mapFromDriverValue
    ? (value) => field.mapFromDriverValue(value)
    : null;

/**
 * Builds `{ need: { id, … }, buyer: { … }, sortKey }` from an array row. The mapper is generated as one
 * object literal per row, so every row object has one fixed shape from the start.
 */
export function compileRowMapper(selection: Selection): (row: unknown[]) => Record<string, unknown> {
  const decoders: (Decode | null)[] = [];
  const literal = (fields: Selection): string =>
    `{${Object.entries(fields)
      .map(([key, field]) => {
        if (key === '__proto__') throw new Error('a selection key may not be __proto__');
        if (!isField(field)) return `${JSON.stringify(key)}: ${literal(field)}`;
        const index = decoders.push(decoderOf(field)) - 1;
        const value = decoders[index]
          ? `(r[${index}] === null ? null : d[${index}](r[${index}]))`
          : `r[${index}]`;
        return `${JSON.stringify(key)}: ${value}`;
      })
      .join(', ')}}`;
  const body = `return (r) => (${literal(selection)});`;
  // Generated from the selection's own keys (JSON-quoted) and indexes only: no outside text reaches it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the mapper is generated on purpose
  const build = new Function('d', body) as (
    d: (Decode | null)[],
  ) => (row: unknown[]) => Record<string, unknown>;
  return build(decoders);
}

/**
 * `selectList` goes after SELECT in the statements' text; `statement` compiles one (named: parsed and
 * planned once per connection; unnamed: on every run) and runs it with values for its placeholders.
 */
export function rowMappedSelection<Row>(selection: Selection) {
  const mapRow = compileRowMapper(selection);
  return {
    selectList: sql.join(fieldsOf(selection), sql`, `),
    statement(db: Db, query: SQL, name?: string) {
      const { sql: text, params } = dialect.sqlToQuery(query);
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
    },
  };
}
