import { type AnyColumn, eq, or, sql, type SQL } from 'drizzle-orm';
import { needs, orders, regions } from '../../db/schema';
import type { NeedSearch } from './needs.search.repo';

/**
 * The search's filters and the visibility rule, written once: conditions over placeholders, the values
 * to bind to them, and the shape (which filters are present) that names a statement. Every condition
 * stays index-friendly under a generic plan: no LIKE on a parameter (an OKPD2 prefix is a byte-order
 * range), no `$x IS NULL OR …` (absent filters are left out, which is what makes shapes).
 */

export const ph = sql.placeholder;

export type Values = Record<string, unknown>;

/** The upper bound of a prefix in byte order: `28.15` → `28.16`, so `code ~>=~ 28.15 AND code ~<~ 28.16`. */
export const prefixUpperBound = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

type Filter = {
  flag: string;
  applies: (search: NeedSearch) => boolean;
  bind: (search: NeedSearch) => Values;
  condition: SQL;
};

/** In a fixed order: a shape lists the flags of the filters present, in this order. */
const FILTERS: Filter[] = [
  {
    flag: 'o',
    applies: (search) => Boolean(search.okpd2Prefix),
    bind: ({ okpd2Prefix = '' }) => ({ okpd2From: okpd2Prefix, okpd2To: prefixUpperBound(okpd2Prefix) }),
    // Byte-order operators: served by the text_pattern_ops indexes, whatever the database collation.
    condition: sql`${needs.okpd2} ~>=~ ${ph('okpd2From')} AND ${needs.okpd2} ~<~ ${ph('okpd2To')}`,
  },
  {
    flag: 'r',
    applies: (search) => Boolean(search.regionCode),
    bind: (search) => ({ region: search.regionCode }),
    condition: eq(needs.deliveryRegionCode, ph('region')),
  },
  {
    flag: 'd',
    applies: (search) => Boolean(search.district),
    bind: (search) => ({ district: search.district }),
    condition: sql`${needs.deliveryRegionCode} IN (SELECT ${regions.code} FROM ${regions} WHERE ${regions.federalDistrict} = ${ph('district')})`,
  },
  {
    flag: 's',
    applies: (search) => search.statuses !== undefined,
    bind: (search) => ({ statuses: search.statuses }),
    condition: sql`${needs.status} = ANY(${ph('statuses')}::text[])`,
  },
  {
    flag: 'c',
    applies: (search) => search.critical !== undefined,
    bind: (search) => ({ critical: search.critical }),
    condition: eq(needs.critical, ph('critical')),
  },
  {
    flag: 'b',
    applies: (search) => Boolean(search.buyerId),
    bind: (search) => ({ buyer: search.buyerId }),
    condition: eq(needs.buyerOrganizationId, ph('buyer')),
  },
  {
    flag: 'p',
    applies: (search) => Boolean(search.postedById),
    bind: (search) => ({ postedBy: search.postedById }),
    condition: eq(needs.postedByOrganizationId, ph('postedBy')),
  },
  {
    // Visibility: public statuses, or the viewer's own needs whatever their status (drafts included).
    flag: 'v',
    applies: (search) => Boolean(search.viewerOrganizationId),
    bind: (search) => ({ publicStatuses: [...search.publicStatuses] }),
    condition: or(
      sql`${needs.status} = ANY(${ph('publicStatuses')}::text[])`,
      eq(needs.buyerOrganizationId, ph('viewer')),
      eq(needs.postedByOrganizationId, ph('viewer')),
    )!,
  },
];

/** The filters present in `search`: their flags (in FILTERS' order), conditions and values. */
export function boundFilters(search: NeedSearch) {
  const present = FILTERS.filter((filter) => filter.applies(search));
  // The viewer is bound even when it filters nothing: suppliedByViewer reads it (null for analysts).
  const values: Values = { viewer: search.viewerOrganizationId ?? null };
  for (const filter of present) Object.assign(values, filter.bind(search));
  return {
    flags: present.map((filter) => filter.flag).join(''),
    conditions: present.map((filter) => filter.condition),
    values,
  };
}

/** Whether the bound `viewer` supplies an order on the need (no viewer: analysts, who see contacts anyway). */
export const suppliedByViewer = sql<boolean>`EXISTS (SELECT 1 FROM ${orders} WHERE ${orders.needId} = ${needs.id} AND ${orders.supplierOrganizationId} = ${ph('viewer')}::uuid)`;

/** `WHERE` and the conditions, each in parentheses, AND-ed (nothing when there are none). */
export const whereAll = (conditions: SQL[]) =>
  conditions.length === 0
    ? sql``
    : sql`WHERE ${sql.join(
        conditions.map((condition) => sql`(${condition})`),
        sql` AND `,
      )}`;

/** After the bound cursor in a relevance order: (rank, id) below (afterKey, afterId). */
export const rankedAfter = (rank: SQL | AnyColumn, id: AnyColumn) =>
  sql`(${rank}, ${id}) < (${ph('afterKey')}::numeric, ${ph('afterId')}::uuid)`;
