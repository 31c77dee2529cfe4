import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';

export type DemandRegionRow = {
  region_code: string;
  name_ru: string;
  name_en: string;
  federal_district: string;
  needs_count: number;
  buyers_count: number;
  quantity: string;
  value: string;
  earliest_needed_by: string;
};

export type PriceRangeRow = { min: string; median: string; max: string; priced: number };

/** Aggregates over the lot's pooled needs (`lot_needs` ⋈ `needs`): no need is shown one by one. */
export function createInvestmentCaseRepo(db: DbExecutor) {
  return {
    async demandByRegion(lotId: string): Promise<DemandRegionRow[]> {
      const result = await db.execute(sql`
        SELECT n.delivery_region_code AS region_code, r.name_ru, r.name_en, r.federal_district,
               count(*)::int AS needs_count, count(DISTINCT n.buyer_organization_id)::int AS buyers_count,
               sum(n.quantity)::text AS quantity,
               coalesce(sum(n.quantity * n.target_unit_price), 0)::numeric(24, 2)::text AS value,
               min(n.needed_by)::text AS earliest_needed_by
          FROM lot_needs ln
          JOIN needs n ON n.id = ln.need_id
          JOIN regions r ON r.code = n.delivery_region_code
         WHERE ln.lot_id = ${lotId}
         GROUP BY n.delivery_region_code, r.name_ru, r.name_en, r.federal_district
         ORDER BY sum(n.quantity) DESC, n.delivery_region_code`);
      return result.rows as DemandRegionRow[];
    },

    /** Exact numeric median: the middle price, or the mean of the middle two (no float percentile). */
    async priceRange(lotId: string): Promise<PriceRangeRow | null> {
      const result = await db.execute(sql`
        WITH prices AS (
          SELECT n.target_unit_price AS price,
                 row_number() OVER (ORDER BY n.target_unit_price) AS position,
                 count(*) OVER () AS total
            FROM lot_needs ln JOIN needs n ON n.id = ln.need_id
           WHERE ln.lot_id = ${lotId} AND n.target_unit_price IS NOT NULL
        )
        SELECT min(price)::text AS min, max(price)::text AS max,
               round(avg(price) FILTER (WHERE position IN ((total + 1) / 2, (total + 2) / 2)), 2)::text AS median,
               count(*)::int AS priced
          FROM prices`);
      const [row] = result.rows as (PriceRangeRow | { priced: 0; min: null })[];
      return row && row.priced > 0 && row.min !== null ? (row as PriceRangeRow) : null;
    },
  };
}
