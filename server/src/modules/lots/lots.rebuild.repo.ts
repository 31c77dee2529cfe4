import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { MATCHING_CONFIG } from '../matching/scoring';
import { refreshLotProducts } from './lot-products.repo';

/** Serialises rebuilds (two workers, or a schedule meeting a manual run) without blocking readers. */
const REBUILD_LOCK = 7_283_101;

/** Coverage is capped so a tiny demand against a large plant still fits numeric(10, 4). */
const MAX_COVERAGE = 9999;
const DAYS_PER_MONTH = 30.4375;

/**
 * Open needs with a code at the OKPD2 kind level or deeper, keyed by their kind (`25.73.40`, the
 * first eight characters) and unit. Shared by every statement below, so they agree on membership.
 */
const OPEN_NEEDS_BY_KIND = sql`
  SELECT n.id, substr(n.okpd2, 1, 8) AS kind, n.unit, n.quantity, n.target_unit_price,
         n.delivery_region_code, n.buyer_organization_id, n.needed_by
    FROM needs n
   WHERE n.status = 'open' AND length(n.okpd2) >= 8`;

/** The same needs with the product each asks for (lot_products, written first by the rebuild). */
const OPEN_NEEDS_BY_PRODUCT = sql`
  SELECT n.*, p.product_key AS product, p.product_name, p.product_concepts
    FROM (${OPEN_NEEDS_BY_KIND}) n JOIN lot_products p ON p.need_id = n.id`;

export type RebuildCounts = {
  /** (kind, unit) pairs with open demand, in demand_kinds. */
  kinds: number;
  lots: number;
  created: number;
  updated: number;
  removed: number;
  archived: number;
  needsJoined: number;
  needsLeft: number;
};

const count = (value: unknown) => Number(value ?? 0);

/**
 * Recomputes every lot in a few set-based statements (the caller holds the transaction):
 * 1. groups of open needs per (kind, unit), with totals in exact numeric; the product of each open need of
 *    a group in two regions or more whose text changed since (lot_products, read by lot-product.ts); the
 *    groups per (kind, unit, product);
 * 2. capacity per (kind, unit): distinct active capabilities in the unit that cover the kind (coded at
 *    it or deeper) or are matched (not dismissed) to one of its needs, kept in demand_kinds for the niche
 *    ranking; per product group: the capabilities relevant to its needs (a match whose relevance passes
 *    the notify threshold, neither dismissed nor refused); the product groups spanning at least two
 *    regions are lots:
 * 3. upsert keyed by (kind, unit, product) among live lots, writing only rows whose figures changed, so a
 *    second rebuild changes nothing; 4. groups that no longer qualify: drafts are deleted, published
 *    lots archived (bids refer to them); 5. lot_needs follows the needs (a cancelled need leaves).
 * `today` (UTC date) fixes the period of the coverage ratio: today → the earliest needed-by date.
 */
export async function rebuildAllLots(tx: DbExecutor, today: string): Promise<RebuildCounts> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${REBUILD_LOCK})`);
  await tx.execute(sql`
    CREATE TEMP TABLE kind_groups ON COMMIT DROP AS
    SELECT kind, unit,
           count(*)::int AS needs_count,
           sum(quantity) AS total_quantity,
           round(coalesce(sum(quantity * target_unit_price), 0), 2) AS total_value,
           count(target_unit_price)::int AS priced_needs_count,
           coalesce(sum(quantity) FILTER (WHERE target_unit_price IS NOT NULL), 0) AS priced_quantity,
           array_agg(DISTINCT delivery_region_code ORDER BY delivery_region_code) AS region_codes,
           count(DISTINCT buyer_organization_id)::int AS buyers_count,
           min(needed_by) AS earliest_needed_by
      FROM (${OPEN_NEEDS_BY_KIND}) open_needs
     GROUP BY kind, unit`);
  await tx.execute(sql`
    CREATE TEMP TABLE kind_capacity ON COMMIT DROP AS
    WITH covering AS (
      SELECT p.kind, c.unit, c.id, c.monthly_capacity
        FROM capabilities c CROSS JOIN LATERAL unnest(c.okpd2_prefixes) AS p(kind)
       WHERE c.active AND length(p.kind) = 8
    ), matched AS (
      SELECT substr(n.okpd2, 1, 8) AS kind, n.unit, c.id, c.monthly_capacity
        FROM matches m
        JOIN needs n ON n.id = m.need_id
        JOIN capabilities c ON c.id = m.capability_id
       WHERE m.notified AND m.status <> 'dismissed' AND m.supplier_verdict IS NULL AND n.status = 'open' AND length(n.okpd2) >= 8
         AND c.active AND c.unit = n.unit
    ), candidates AS (SELECT * FROM covering UNION SELECT * FROM matched)
    SELECT g.kind, g.unit, count(*)::int AS capabilities_count, sum(x.monthly_capacity) AS capacity
      FROM kind_groups g JOIN candidates x ON x.kind = g.kind AND x.unit = g.unit
     GROUP BY g.kind, g.unit`);
  const kinds = await writeDemandKinds(tx);
  await refreshLotProducts(tx);
  await groupByProduct(tx);

  const upserted = await tx.execute(sql`
    WITH figures AS (
      SELECT g.*, coalesce(c.capacity, 0) AS capacity, coalesce(c.capabilities_count, 0) AS capabilities_count,
             least(round(coalesce(c.capacity, 0) * greatest(g.earliest_needed_by - ${today}::date, 0)
                         / ${DAYS_PER_MONTH} / g.total_quantity, 4), ${MAX_COVERAGE}) AS coverage
        FROM product_groups g LEFT JOIN product_capacity c USING (kind, unit, product)
       WHERE cardinality(g.region_codes) >= 2
    ), written AS (
      INSERT INTO lots AS l (okpd2_kind, unit, product_key, product_name, status, needs_count, total_quantity,
                             total_value, priced_needs_count, regions_count, region_codes, buyers_count,
                             earliest_needed_by, matched_capacity, capabilities_count, coverage)
      SELECT kind, unit, product, product_name, 'draft', needs_count, total_quantity, total_value,
             priced_needs_count, cardinality(region_codes), region_codes, buyers_count, earliest_needed_by,
             capacity, capabilities_count, coverage
        FROM figures
      ON CONFLICT (okpd2_kind, unit, product_key) WHERE status IN ('draft', 'published') DO UPDATE SET
        product_name = excluded.product_name, needs_count = excluded.needs_count, total_quantity = excluded.total_quantity,
        total_value = excluded.total_value, priced_needs_count = excluded.priced_needs_count,
        regions_count = excluded.regions_count, region_codes = excluded.region_codes,
        buyers_count = excluded.buyers_count, earliest_needed_by = excluded.earliest_needed_by,
        matched_capacity = excluded.matched_capacity, capabilities_count = excluded.capabilities_count,
        coverage = excluded.coverage, updated_at = now()
      WHERE (l.product_name, l.needs_count, l.total_quantity, l.total_value, l.priced_needs_count, l.region_codes,
             l.buyers_count, l.earliest_needed_by, l.matched_capacity, l.capabilities_count, l.coverage)
            IS DISTINCT FROM
            (excluded.product_name, excluded.needs_count, excluded.total_quantity, excluded.total_value,
             excluded.priced_needs_count, excluded.region_codes, excluded.buyers_count,
             excluded.earliest_needed_by, excluded.matched_capacity, excluded.capabilities_count,
             excluded.coverage)
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted) AS created, count(*) FILTER (WHERE NOT inserted) AS updated
      FROM written`);

  const gone = sql`NOT EXISTS (SELECT 1 FROM product_groups g
                                WHERE g.kind = l.okpd2_kind AND g.unit = l.unit AND g.product = l.product_key
                                  AND cardinality(g.region_codes) >= 2)`;
  const removed = await tx.execute(sql`DELETE FROM lots l WHERE l.status = 'draft' AND ${gone}`);
  const archived = await tx.execute(sql`
    UPDATE lots l SET status = 'archived', archived_at = now(), updated_at = now()
     WHERE l.status = 'published' AND ${gone}`);

  // Archived and awarded lots keep the needs they had then: the record of what manufacturers bid on.
  const membership = await tx.execute(sql`
    WITH wanted AS (
      SELECT l.id AS lot_id, n.id AS need_id
        FROM lots l JOIN (${OPEN_NEEDS_BY_PRODUCT}) n
          ON n.kind = l.okpd2_kind AND n.unit = l.unit AND n.product = l.product_key
       WHERE l.status IN ('draft', 'published')
    ), current AS (
      SELECT ln.lot_id, ln.need_id FROM lot_needs ln JOIN lots l ON l.id = ln.lot_id WHERE l.status IN ('draft', 'published')
    ), diff AS MATERIALIZED (
      -- One hash join finds both directions; an unchanged membership costs no writes and no conflicts.
      SELECT coalesce(w.lot_id, c.lot_id) AS lot_id, coalesce(w.need_id, c.need_id) AS need_id,
             w.need_id IS NULL AS gone
        FROM wanted w FULL JOIN current c ON c.lot_id = w.lot_id AND c.need_id = w.need_id
       WHERE w.need_id IS NULL OR c.need_id IS NULL
    ), left_lot AS (
      DELETE FROM lot_needs ln USING diff d
       WHERE d.gone AND ln.lot_id = d.lot_id AND ln.need_id = d.need_id
      RETURNING ln.lot_id
    ), joined AS (
      INSERT INTO lot_needs (lot_id, need_id) SELECT lot_id, need_id FROM diff WHERE NOT gone
      RETURNING lot_id
    ), touched AS (
      UPDATE lots SET updated_at = now() WHERE id IN (SELECT lot_id FROM diff) RETURNING id
    )
    SELECT (SELECT count(*) FROM left_lot) AS needs_left, (SELECT count(*) FROM joined) AS needs_joined,
           (SELECT count(*) FROM touched) AS touched`);
  const live = await tx.execute(
    sql`SELECT count(*) AS lots FROM lots WHERE status IN ('draft', 'published')`,
  );

  const row = (result: { rows: unknown[] }) => (result.rows[0] ?? {}) as Record<string, unknown>;
  return {
    kinds,
    lots: count(row(live).lots),
    created: count(row(upserted).created),
    updated: count(row(upserted).updated),
    removed: removed.rowCount ?? 0,
    archived: archived.rowCount ?? 0,
    needsJoined: count(row(membership).needs_joined),
    needsLeft: count(row(membership).needs_left),
  };
}

/**
 * product_groups: the open needs per (kind, unit, product) with the figures of kind_groups and the
 * name most of them give the product; product_capacity: per group, the distinct active capabilities in
 * its unit relevant to one of its needs (the match's relevance passes the notify threshold, neither the
 * buyer dismissed it nor the manufacturer refused it, and the capability's stored profile names the
 * concepts that qualify the product: a tapered-bearing plant does not cover needle bearings), with their
 * summed monthly capacity.
 */
async function groupByProduct(tx: DbExecutor): Promise<void> {
  await tx.execute(sql`
    CREATE TEMP TABLE product_groups ON COMMIT DROP AS
    SELECT kind, unit, product,
           mode() WITHIN GROUP (ORDER BY product_name) AS product_name,
           count(*)::int AS needs_count,
           sum(quantity) AS total_quantity,
           round(coalesce(sum(quantity * target_unit_price), 0), 2) AS total_value,
           count(target_unit_price)::int AS priced_needs_count,
           array_agg(DISTINCT delivery_region_code ORDER BY delivery_region_code) AS region_codes,
           count(DISTINCT buyer_organization_id)::int AS buyers_count,
           min(needed_by) AS earliest_needed_by
      FROM (${OPEN_NEEDS_BY_PRODUCT}) open_needs
     GROUP BY kind, unit, product`);
  await tx.execute(sql`
    CREATE TEMP TABLE product_capacity ON COMMIT DROP AS
    WITH relevant AS (
      SELECT DISTINCT n.kind, n.unit, n.product, c.id, c.monthly_capacity
        FROM (${OPEN_NEEDS_BY_PRODUCT}) n
        JOIN matches m ON m.need_id = n.id
        JOIN capabilities c ON c.id = m.capability_id
       WHERE m.relevance >= ${MATCHING_CONFIG.alertThreshold} AND m.status <> 'dismissed'
         AND m.supplier_verdict IS NULL AND c.active AND c.unit = n.unit
         AND NOT EXISTS (SELECT 1 FROM capability_match_profiles cp
                          WHERE cp.capability_id = c.id AND NOT cp.terms @> n.product_concepts)
    )
    SELECT kind, unit, product, count(*)::int AS capabilities_count, sum(monthly_capacity) AS capacity
      FROM relevant
     GROUP BY kind, unit, product`);
}

/** demand_kinds follows kind_groups: changed rows are written, vanished ones deleted; returns the row count. */
async function writeDemandKinds(tx: DbExecutor): Promise<number> {
  await tx.execute(sql`
    INSERT INTO demand_kinds AS d (okpd2_kind, unit, needs_count, total_quantity, total_value, priced_quantity,
                                   regions_count, region_codes, buyers_count, earliest_needed_by,
                                   matched_capacity, capabilities_count)
    SELECT g.kind, g.unit, g.needs_count, g.total_quantity, g.total_value, g.priced_quantity,
           cardinality(g.region_codes), g.region_codes, g.buyers_count, g.earliest_needed_by,
           coalesce(c.capacity, 0), coalesce(c.capabilities_count, 0)
      FROM kind_groups g LEFT JOIN kind_capacity c USING (kind, unit)
    ON CONFLICT (okpd2_kind, unit) DO UPDATE SET
      needs_count = excluded.needs_count, total_quantity = excluded.total_quantity,
      total_value = excluded.total_value, priced_quantity = excluded.priced_quantity,
      regions_count = excluded.regions_count, region_codes = excluded.region_codes,
      buyers_count = excluded.buyers_count, earliest_needed_by = excluded.earliest_needed_by,
      matched_capacity = excluded.matched_capacity, capabilities_count = excluded.capabilities_count,
      updated_at = now()
    WHERE (d.needs_count, d.total_quantity, d.total_value, d.priced_quantity, d.region_codes, d.buyers_count,
           d.earliest_needed_by, d.matched_capacity, d.capabilities_count)
          IS DISTINCT FROM
          (excluded.needs_count, excluded.total_quantity, excluded.total_value, excluded.priced_quantity,
           excluded.region_codes, excluded.buyers_count, excluded.earliest_needed_by, excluded.matched_capacity,
           excluded.capabilities_count)`);
  await tx.execute(sql`
    DELETE FROM demand_kinds d
     WHERE NOT EXISTS (SELECT 1 FROM kind_groups g WHERE g.kind = d.okpd2_kind AND g.unit = d.unit)`);
  const result = await tx.execute(sql`SELECT count(*) AS kinds FROM demand_kinds`);
  return count((result.rows[0] as Record<string, unknown> | undefined)?.kinds);
}
