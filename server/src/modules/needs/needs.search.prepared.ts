import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { needs, organizations, regions } from '../../db/schema';
import { needBuyerColumns, needColumns } from './needs.repo';
import type { NeedSearch } from './needs.search.repo';

/**
 * The hot paths of needs search as named prepared statements (pg parses and plans them once per
 * connection, then binds values): the list without words, and the full-text phase of a word search.
 * One statement per combination of filters, built once by drizzle and cached here; the SQL keeps every
 * condition index-friendly under a generic plan (no LIKE on a parameter: an OKPD2 prefix is a range).
 */

const ph = sql.placeholder;

type Values = Record<string, unknown>;

/** The upper bound of a prefix in byte order: `28.15` → `28.16`, so `code ~>=~ 28.15 AND code ~<~ 28.16`. */
export const prefixUpperBound = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/** Conditions for the filters present, with placeholders; `values` gets what to bind to them. */
function filters(search: NeedSearch, values: Values): SQL[] {
  const conditions: SQL[] = [];
  if (search.okpd2Prefix) {
    values.okpd2From = search.okpd2Prefix;
    values.okpd2To = prefixUpperBound(search.okpd2Prefix);
    // Byte-order operators: served by the text_pattern_ops indexes, whatever the database collation.
    conditions.push(sql`${needs.okpd2} ~>=~ ${ph('okpd2From')} AND ${needs.okpd2} ~<~ ${ph('okpd2To')}`);
  }
  if (search.regionCode) {
    values.region = search.regionCode;
    conditions.push(eq(needs.deliveryRegionCode, ph('region')));
  }
  if (search.district) {
    values.district = search.district;
    conditions.push(
      sql`${needs.deliveryRegionCode} IN (SELECT ${regions.code} FROM ${regions} WHERE ${regions.federalDistrict} = ${ph('district')})`,
    );
  }
  if (search.statuses) {
    values.statuses = search.statuses;
    conditions.push(sql`${needs.status} = ANY(${ph('statuses')}::text[])`);
  }
  if (search.critical !== undefined) {
    values.critical = search.critical;
    conditions.push(eq(needs.critical, ph('critical')));
  }
  if (search.buyerId) {
    values.buyer = search.buyerId;
    conditions.push(eq(needs.buyerOrganizationId, ph('buyer')));
  }
  if (search.postedById) {
    values.postedBy = search.postedById;
    conditions.push(eq(needs.postedByOrganizationId, ph('postedBy')));
  }
  if (search.viewerOrganizationId) {
    values.viewer = search.viewerOrganizationId;
    values.publicStatuses = [...search.publicStatuses];
    conditions.push(
      or(
        sql`${needs.status} = ANY(${ph('publicStatuses')}::text[])`,
        eq(needs.buyerOrganizationId, ph('viewer')),
        eq(needs.postedByOrganizationId, ph('viewer')),
      )!,
    );
  }
  return conditions;
}

/** Which filters are present: one prepared statement per shape. */
const shapeOf = (search: NeedSearch, kind: string) =>
  [
    kind,
    search.okpd2Prefix && 'o',
    search.regionCode && 'r',
    search.district && 'd',
    search.statuses && 's',
    search.critical !== undefined && 'c',
    search.buyerId && 'b',
    search.postedById && 'p',
    search.viewerOrganizationId && 'v',
    search.after && 'a',
  ]
    .filter(Boolean)
    .join('');

const epochMicros = sql<string>`(extract(epoch from ${needs.createdAt}) * 1000000)::bigint::text`;
/** bilingualTsquery (search-sql.ts) of the bound `q`. */
const tsquery = sql`(websearch_to_tsquery('russian', ${ph('q')}) || websearch_to_tsquery('english', ${ph('q')}))`;
/** Equals textRank's value for a full-text match (search-sql.ts), so cursors of both phases agree. */
const ftsRank = sql<string>`round((1 + ts_rank(${needs.search}, ${tsquery}))::numeric, 6)`;

export function createPreparedNeedSearch(db: Db) {
  const byDate = (conditions: SQL[], name: string) =>
    db
      .select({ need: needColumns, sortKey: epochMicros })
      .from(needs)
      .where(and(...conditions))
      .orderBy(desc(needs.createdAt), desc(needs.id))
      .limit(ph('limit'))
      .prepare(name);
  const byRank = (conditions: SQL[], name: string) =>
    db
      .select({ need: needColumns, sortKey: ftsRank })
      .from(needs)
      .where(and(sql`${needs.search} @@ ${tsquery}`, ...conditions))
      .orderBy(sql`${ftsRank} DESC`, desc(needs.id))
      .limit(ph('limit'))
      .prepare(name);
  const dated = new Map<string, ReturnType<typeof byDate>>();
  const ranked = new Map<string, ReturnType<typeof byRank>>();
  const buyers = db
    .select(needBuyerColumns)
    .from(organizations)
    .where(sql`${organizations.id} = ANY(${ph('ids')}::uuid[])`)
    .prepare('needs_search_buyers');

  return {
    /** Newest first, no words. */
    byDate(search: NeedSearch) {
      const values: Values = { limit: search.limit };
      const conditions = filters(search, values);
      if (search.after) {
        values.afterKey = search.after.key;
        values.afterId = search.after.id;
        conditions.push(
          sql`(${needs.createdAt}, ${needs.id}) < (timestamptz 'epoch' + ${ph('afterKey')}::bigint * interval '1 microsecond', ${ph('afterId')}::uuid)`,
        );
      }
      const name = `needs_by_date_${shapeOf(search, '')}`;
      if (!dated.has(name)) dated.set(name, byDate(conditions, name));
      return dated.get(name)!.execute(values);
    },

    /** Full-text matches of `q` (Russian and English), best first: the first phase of a word search. */
    byRank(search: NeedSearch & { q: string }) {
      const values: Values = { limit: search.limit, q: search.q };
      const conditions = filters(search, values);
      if (search.after) {
        values.afterKey = search.after.key;
        values.afterId = search.after.id;
        conditions.push(
          sql`(${ftsRank}, ${needs.id}) < (${ph('afterKey')}::numeric, ${ph('afterId')}::uuid)`,
        );
      }
      const name = `needs_by_rank_${shapeOf(search, '')}`;
      if (!ranked.has(name)) ranked.set(name, byRank(conditions, name));
      return ranked.get(name)!.execute(values);
    },

    buyers: (ids: string[]) => buyers.execute({ ids }),
  };
}
