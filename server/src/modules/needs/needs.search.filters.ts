import { eq, or, sql, type SQL } from 'drizzle-orm';
import { needs, orders, regions } from '../../db/schema';
import type { NeedWithBuyer } from './needs.repo';
import type { NeedSearch } from './needs.search.repo';

/**
 * What the prepared search statements share: the filters as conditions over placeholders (kept
 * index-friendly under a generic plan: no LIKE on a parameter, an OKPD2 prefix is a range), the name
 * of each statement's shape, and the flag saying whether the viewer supplies an order on a need.
 */

/** A page row: the need, its buyer, its sort key, and whether the viewer supplies an order on it. */
export type PreparedSearchRow = NeedWithBuyer & { sortKey: string; supplied: boolean };

export const ph = sql.placeholder;

export type Values = Record<string, unknown>;

/** The upper bound of a prefix in byte order: `28.15` → `28.16`, so `code ~>=~ 28.15 AND code ~<~ 28.16`. */
export const prefixUpperBound = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/** Conditions for the filters present, with placeholders; `values` gets what to bind to them. */
export function filters(search: NeedSearch, values: Values): SQL[] {
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

/** Which filters are present and the page size: one prepared statement per shape. */
export const shapeOf = (search: NeedSearch) =>
  [
    search.limit,
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

/** Whether the bound `viewer` supplies an order on the need (no viewer: analysts, who see contacts anyway). */
export const suppliedByViewer = sql<boolean>`EXISTS (SELECT 1 FROM ${orders} WHERE ${orders.needId} = ${needs.id} AND ${orders.supplierOrganizationId} = ${ph('viewer')}::uuid)`;

/** The filters' conditions and values, the viewer bound (for suppliedByViewer) even when it filters nothing. */
export function bindFilters(search: NeedSearch, values: Values = {}) {
  const bound: Values = { ...values, viewer: search.viewerOrganizationId ?? null };
  return { values: bound, conditions: filters(search, bound) };
}

/** Builds each named statement once (per shape) and keeps it. */
export function statementCache<T>() {
  const statements = new Map<string, T>();
  return (name: string, build: () => T): T => {
    let statement = statements.get(name);
    if (!statement) {
      statement = build();
      statements.set(name, statement);
    }
    return statement;
  };
}
