import { sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { escapeLike } from '../../db/search-sql';

export type NicheFilter = {
  region: string | null;
  /** An OKPD2 code as asked for: kinds under it, or the kind of a deeper code. */
  okpd2?: string;
  maxCapabilities: number;
  limit: number;
  /** UTC date: coverage counts capacity from today to the earliest needed-by date. */
  today: string;
};

export type NicheRow = {
  kind: string;
  kind_name: string | null;
  unit: string;
  needs_count: number;
  regions_count: number;
  region_codes: string[];
  buyers_count: number;
  total_quantity: string;
  total_value: string;
  earliest_needed_by: string;
  capabilities_count: number;
  capacity: string;
  coverage: string;
  unmet_quantity: string;
  unmet_value: string | null;
  lot_id: string | null;
  lot_status: string | null;
};

const KIND_LENGTH = 8;

/** Kinds under a shallower code (string prefix), or the one kind a deeper code belongs to. */
const kindCondition = (kind: SQL, code: string | undefined): SQL => {
  if (!code) return sql`true`;
  return code.length >= KIND_LENGTH
    ? sql`${kind} = ${code.slice(0, KIND_LENGTH)}`
    : sql`${kind} LIKE ${`${escapeLike(code)}%`}`;
};

/** Country-wide: the demand_kinds snapshot the rebuild-lots job keeps (lots.rebuild.repo.ts). */
const snapshot = (filter: NicheFilter) => sql`
  SELECT d.okpd2_kind AS kind, d.unit, d.needs_count, d.total_quantity, d.total_value, d.priced_quantity,
         d.region_codes, d.buyers_count, d.earliest_needed_by, d.capabilities_count, d.matched_capacity AS capacity
    FROM demand_kinds d
   WHERE ${kindCondition(sql`d.okpd2_kind`, filter.okpd2)}`;

/**
 * One region: aggregated live from its open needs, capacity counted as the rebuild counts it
 * (capabilities in the unit covering the kind, or matched to a need). Capabilities' kinds are joined
 * by hash on (kind, unit) after unnesting them (materialized: joined the other way round, the planner
 * pairs every capability with every group of its unit, seconds instead of milliseconds).
 */
const live = (filter: NicheFilter, region: string) => sql`
  WITH open_needs AS MATERIALIZED (
    SELECT n.id, substr(n.okpd2, 1, 8) AS kind, n.unit, n.quantity, n.target_unit_price,
           n.delivery_region_code, n.buyer_organization_id, n.needed_by
      FROM needs n
     WHERE n.status = 'open' AND length(n.okpd2) >= 8 AND n.delivery_region_code = ${region}
       AND ${kindCondition(sql`substr(n.okpd2, 1, 8)`, filter.okpd2)}
  ), groups AS (
    SELECT kind, unit, count(*)::int AS needs_count, sum(quantity) AS total_quantity,
           round(coalesce(sum(quantity * target_unit_price), 0), 2) AS total_value,
           coalesce(sum(quantity) FILTER (WHERE target_unit_price IS NOT NULL), 0) AS priced_quantity,
           array_agg(DISTINCT delivery_region_code ORDER BY delivery_region_code) AS region_codes,
           count(DISTINCT buyer_organization_id)::int AS buyers_count, min(needed_by) AS earliest_needed_by
      FROM open_needs GROUP BY kind, unit
  ), covering AS MATERIALIZED (
    SELECT p.kind, c.unit, c.id, c.monthly_capacity
      FROM capabilities c CROSS JOIN LATERAL unnest(c.okpd2_prefixes) AS p(kind)
     WHERE c.active AND length(p.kind) = 8
  ), candidates AS (
    SELECT x.kind, x.unit, x.id, x.monthly_capacity
      FROM covering x JOIN groups g ON g.kind = x.kind AND g.unit = x.unit
    UNION
    SELECT o.kind, o.unit, c.id, c.monthly_capacity
      FROM open_needs o
      JOIN matches m ON m.need_id = o.id AND m.notified AND m.status <> 'dismissed' AND m.supplier_verdict IS NULL
      JOIN capabilities c ON c.id = m.capability_id AND c.active AND c.unit = o.unit
  ), capacity AS (
    SELECT kind, unit, count(*)::int AS capabilities_count, sum(monthly_capacity) AS capacity
      FROM candidates GROUP BY kind, unit
  )
  SELECT g.*, coalesce(c.capabilities_count, 0) AS capabilities_count, coalesce(c.capacity, 0) AS capacity
    FROM groups g LEFT JOIN capacity c USING (kind, unit)`;

/**
 * Investment niches: open demand per OKPD2 kind and unit that the capabilities covering the kind or
 * matched to its needs cannot meet by the earliest needed-by date, where at most `maxCapabilities`
 * such capabilities exist. Ranked by unmet quantity × average target price; unpriced kinds last.
 */
export async function findNiches(db: DbExecutor, filter: NicheFilter): Promise<NicheRow[]> {
  const source = filter.region ? live(filter, filter.region) : snapshot(filter);
  const result = await db.execute(sql`
    WITH figures AS (
      SELECT s.*, s.capacity * greatest(s.earliest_needed_by - ${filter.today}::date, 0) / 30.4375 AS supply
        FROM (${source}) s
       WHERE s.capabilities_count <= ${filter.maxCapabilities}
    ), unmet AS (
      SELECT f.*, round(f.total_quantity - f.supply, 3) AS unmet_quantity,
             CASE WHEN f.priced_quantity > 0
                  THEN round((f.total_quantity - f.supply) * f.total_value / f.priced_quantity, 2) END AS unmet_value
        FROM figures f
       WHERE f.total_quantity > f.supply
    )
    SELECT u.kind, k.name AS kind_name, u.unit, u.needs_count, cardinality(u.region_codes) AS regions_count,
           u.region_codes, u.buyers_count, u.total_quantity::text AS total_quantity,
           u.total_value::text AS total_value, u.earliest_needed_by::text AS earliest_needed_by,
           u.capabilities_count, u.capacity::text AS capacity,
           least(round(u.supply / u.total_quantity, 4), 9999)::text AS coverage,
           u.unmet_quantity::text AS unmet_quantity, u.unmet_value::text AS unmet_value,
           l.id AS lot_id, l.status AS lot_status
      FROM unmet u
      LEFT JOIN okpd2_codes k ON k.code = u.kind
      LEFT JOIN lots l ON l.okpd2_kind = u.kind AND l.unit = u.unit AND l.status <> 'archived'
     ORDER BY u.unmet_value DESC NULLS LAST, u.unmet_quantity DESC, u.kind, u.unit
     LIMIT ${filter.limit}`);
  return result.rows as NicheRow[];
}
