import { sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';

/**
 * Summary, regions and flows (DESIGN.md §5) as set-based SQL over needs, capabilities, matches and
 * orders. `region` limits each figure the way a centre sees its region: needs delivered there,
 * capabilities of its manufacturers, orders of its buyers (flows: orders touching it).
 * Orders count when accepted and not cancelled; money stays numeric (strings) end to end.
 */

type Row = Record<string, unknown>;
const rowsOf = async (db: DbExecutor, query: SQL) => (await db.execute(query)).rows as Row[];
const and = (condition: SQL | undefined) => condition ?? sql``;

/** Live orders with their buyer's and supplier's regions. */
const LIVE_ORDERS = sql`
  SELECT o.need_id, o.total, o.created_at, b.region_code AS buyer_region, s.region_code AS supplier_region
    FROM orders o
    JOIN organizations b ON b.id = o.buyer_organization_id
    JOIN organizations s ON s.id = o.supplier_organization_id
   WHERE o.status <> 'cancelled'`;

/**
 * Needs with a strong match still standing (alerted, not dismissed, not refused: a domestic supplier).
 * Used as `id IN (…)`: PostgreSQL hashes it once, where a correlated EXISTS would probe the index once
 * per open need (tens of thousands of times country-wide).
 */
const MATCHED_NEEDS = sql`SELECT m.need_id FROM matches m
  WHERE m.notified AND m.status <> 'dismissed' AND m.supplier_verdict IS NULL`;

export type SummaryFacts = {
  needsByStatus: { status: string; count: number }[];
  openValue: string;
  capabilities: { active: number; manufacturers: number };
  openNeeds: number;
  openNeedsMatched: number;
  medianHoursToFirstMatch: number | null;
  orders: { count: number; value: string; interregionalCount: number; interregionalValue: string };
  medianHoursToAcceptance: number | null;
};

export type RegionFactsRow = {
  level: 'region' | 'district';
  code: string | null;
  name_ru: string | null;
  name_en: string | null;
  federal_district: string;
  lat: number | null;
  lon: number | null;
  needs: number;
  open_needs: number;
  open_value: string;
  open_matched: number;
  capabilities: number;
  orders_in: number;
  orders_in_value: string;
  orders_out: number;
  orders_out_value: string;
};

export type FlowRow = { supplier_region: string; buyer_region: string; orders: number; value: string };

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export function createAnalyticsRepo(db: DbExecutor) {
  return {
    async summary(region: string | null): Promise<SummaryFacts> {
      const needRegion = and(region ? sql`AND n.delivery_region_code = ${region}` : undefined);
      const [byStatus, capabilities, firstMatch, orders, acceptance] = await Promise.all([
        // One pass over the needs: counts by status, the open value and how many open needs are matched.
        rowsOf(
          db,
          sql`SELECT n.status, count(*)::int AS count,
                     round(coalesce(sum(n.quantity * n.target_unit_price) FILTER (WHERE n.status = 'open'), 0), 2)::text AS open_value,
                     count(*) FILTER (WHERE n.status = 'open' AND n.id IN (${MATCHED_NEEDS}))::int AS matched
                FROM needs n WHERE true ${needRegion} GROUP BY n.status`,
        ),
        rowsOf(
          db,
          sql`SELECT count(*)::int AS active, count(DISTINCT c.manufacturer_organization_id)::int AS manufacturers
                FROM capabilities c JOIN organizations o ON o.id = c.manufacturer_organization_id
               WHERE c.active ${and(region ? sql`AND o.region_code = ${region}` : undefined)}`,
        ),
        rowsOf(
          db,
          sql`SELECT percentile_cont(0.5) WITHIN GROUP (
                       ORDER BY greatest(extract(epoch FROM f.first_at - coalesce(n.published_at, n.created_at)), 0) / 3600
                     ) AS hours
                FROM (SELECT need_id, min(created_at) AS first_at FROM matches WHERE notified GROUP BY need_id) f
                JOIN needs n ON n.id = f.need_id
               WHERE n.status <> 'draft' ${needRegion}`,
        ),
        rowsOf(
          db,
          sql`SELECT count(*)::int AS count, coalesce(sum(total), 0)::text AS value,
                     count(*) FILTER (WHERE supplier_region <> buyer_region)::int AS interregional_count,
                     coalesce(sum(total) FILTER (WHERE supplier_region <> buyer_region), 0)::text AS interregional_value
                FROM (${LIVE_ORDERS}) o
               WHERE true ${and(region ? sql`AND buyer_region = ${region}` : undefined)}`,
        ),
        rowsOf(
          db,
          sql`SELECT percentile_cont(0.5) WITHIN GROUP (
                       ORDER BY greatest(extract(epoch FROM f.first_at - coalesce(n.published_at, n.created_at)), 0) / 3600
                     ) AS hours
                FROM (SELECT need_id, min(created_at) AS first_at FROM (${LIVE_ORDERS}) o
                       WHERE true ${and(region ? sql`AND buyer_region = ${region}` : undefined)}
                       GROUP BY need_id) f
                JOIN needs n ON n.id = f.need_id`,
        ),
      ]);
      const open = byStatus.find((row) => row.status === 'open');
      return {
        needsByStatus: byStatus.map((row) => ({ status: String(row.status), count: Number(row.count) })),
        openValue: open ? String(open.open_value) : '0.00',
        capabilities: {
          active: Number(capabilities[0]?.active ?? 0),
          manufacturers: Number(capabilities[0]?.manufacturers ?? 0),
        },
        openNeeds: Number(open?.count ?? 0),
        openNeedsMatched: Number(open?.matched ?? 0),
        medianHoursToFirstMatch: numberOrNull(firstMatch[0]?.hours),
        orders: {
          count: Number(orders[0]?.count ?? 0),
          value: String(orders[0]?.value ?? '0'),
          interregionalCount: Number(orders[0]?.interregional_count ?? 0),
          interregionalValue: String(orders[0]?.interregional_value ?? '0'),
        },
        medianHoursToAcceptance: numberOrNull(acceptance[0]?.hours),
      };
    },

    /** One row per region (all of them, for the map), then one per federal district unless limited to a region. */
    regions: (region: string | null): Promise<RegionFactsRow[]> => {
      const only = (column: SQL) => and(region ? sql`AND ${column} = ${region}` : undefined);
      const districts = region
        ? sql``
        : sql`UNION ALL
          SELECT 'district', NULL, NULL, NULL, federal_district, NULL, NULL, sum(needs)::int, sum(open_needs)::int,
                 sum(open_value)::text, sum(open_matched)::int, sum(capabilities)::int, sum(orders_in)::int,
                 sum(orders_in_value)::text, sum(orders_out)::int, sum(orders_out_value)::text
            FROM per_region GROUP BY federal_district`;
      return rowsOf(
        db,
        sql`WITH need_flags AS (
              SELECT n.delivery_region_code AS code, n.status, n.quantity * n.target_unit_price AS value,
                     n.status = 'open' AND n.id IN (${MATCHED_NEEDS}) AS open_matched
                FROM needs n WHERE true ${only(sql`n.delivery_region_code`)}
            ), need_stats AS (
              SELECT code, count(*) FILTER (WHERE status <> 'draft')::int AS needs,
                     count(*) FILTER (WHERE status = 'open')::int AS open_needs,
                     round(coalesce(sum(value) FILTER (WHERE status = 'open'), 0), 2) AS open_value,
                     count(*) FILTER (WHERE open_matched)::int AS open_matched
                FROM need_flags GROUP BY code
            ), capability_stats AS (
              SELECT o.region_code AS code, count(*)::int AS capabilities
                FROM capabilities c JOIN organizations o ON o.id = c.manufacturer_organization_id
               WHERE c.active ${only(sql`o.region_code`)} GROUP BY o.region_code
            ), live_orders AS (${LIVE_ORDERS}
            ), orders_in AS (
              SELECT buyer_region AS code, count(*)::int AS orders, sum(total) AS value FROM live_orders GROUP BY buyer_region
            ), orders_out AS (
              SELECT supplier_region AS code, count(*)::int AS orders, sum(total) AS value FROM live_orders GROUP BY supplier_region
            ), per_region AS (
              SELECT r.code, r.name_ru, r.name_en, r.federal_district, r.lat, r.lon,
                     coalesce(ns.needs, 0) AS needs, coalesce(ns.open_needs, 0) AS open_needs,
                     coalesce(ns.open_value, 0) AS open_value, coalesce(ns.open_matched, 0) AS open_matched,
                     coalesce(cs.capabilities, 0) AS capabilities,
                     coalesce(oi.orders, 0) AS orders_in, coalesce(oi.value, 0) AS orders_in_value,
                     coalesce(oo.orders, 0) AS orders_out, coalesce(oo.value, 0) AS orders_out_value
                FROM regions r
                LEFT JOIN need_stats ns ON ns.code = r.code
                LEFT JOIN capability_stats cs ON cs.code = r.code
                LEFT JOIN orders_in oi ON oi.code = r.code
                LEFT JOIN orders_out oo ON oo.code = r.code
               WHERE true ${only(sql`r.code`)}
            )
            SELECT 'region' AS level, code, name_ru, name_en, federal_district, lat, lon, needs, open_needs,
                   open_value::text, open_matched, capabilities, orders_in, orders_in_value::text, orders_out,
                   orders_out_value::text
              FROM per_region
            ${districts}
            ORDER BY level DESC, code, federal_district`,
      ) as Promise<RegionFactsRow[]>;
    },

    /** When the last rebuild-lots job finished (it refreshes demand_kinds, the country-wide niche figures). */
    async lastLotRebuildAt(): Promise<Date | null> {
      const [row] = await rowsOf(
        db,
        sql`SELECT max(finished_at) AS at FROM lot_rebuilds WHERE status = 'succeeded'`,
      );
      return row?.at ? new Date(row.at as string | Date) : null;
    },

    /** Supplier region → buyer region, largest value first; `region`: flows that touch it. */
    flows: (region: string | null): Promise<FlowRow[]> =>
      rowsOf(
        db,
        sql`SELECT supplier_region, buyer_region, count(*)::int AS orders, sum(total)::text AS value
              FROM (${LIVE_ORDERS}) o
             WHERE true ${and(region ? sql`AND (buyer_region = ${region} OR supplier_region = ${region})` : undefined)}
             GROUP BY supplier_region, buyer_region
             ORDER BY sum(total) DESC, supplier_region, buyer_region`,
      ) as Promise<FlowRow[]>,
  };
}
