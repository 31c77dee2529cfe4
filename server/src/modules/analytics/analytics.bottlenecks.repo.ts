import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { escapeLike } from '../../db/search-sql';

export type BottleneckFilter = {
  /** Needs published at or before this moment are overdue. */
  openBefore: Date;
  now: Date;
  region: string | null;
  /** Code prefix (`28`, `28.15`), from okpd2SubtreePrefix. */
  okpd2Prefix?: string;
  limit: number;
  itemsPerGroup: number;
};

export type BottleneckItemRow = {
  id: string;
  title: string;
  okpd2: string;
  quantity: string;
  unit: string;
  needed_by: string;
  open_since: string;
  days_open: number;
  best_score: number | null;
  no_domestic_supplier: boolean;
  buyer_organization_id: string;
};

export type BottleneckGroupRow = {
  okpd2_class: string;
  class_name: string | null;
  region_code: string;
  count: number;
  max_days_open: number;
  items: BottleneckItemRow[] | null;
  total_groups: number;
  total_needs: number;
};

/**
 * The bottleneck register (DESIGN.md §4, step 4): open needs without a live or accepted bid and without
 * a strong match still standing (alerted, not dismissed, not refused by its manufacturer), that either
 * have no domestic supplier — matching looked at their current version and found none strong, counted
 * at once — or are critical and open since `openBefore` or earlier. Grouped by OKPD2 class and delivery
 * region, largest groups first; each lists its longest-open needs.
 */
export async function findBottlenecks(
  db: DbExecutor,
  filter: BottleneckFilter,
): Promise<BottleneckGroupRow[]> {
  const region = filter.region ? sql`AND n.delivery_region_code = ${filter.region}` : sql``;
  const now = sql`${filter.now.toISOString()}::timestamptz`;
  const okpd2 = filter.okpd2Prefix ? sql`AND n.okpd2 LIKE ${`${escapeLike(filter.okpd2Prefix)}%`}` : sql``;
  const result = await db.execute(sql`
    WITH candidates AS (
      -- Matching's gaps (its run looked at this version and no match was strong), and the critical needs
      -- open too long: two indexed sets rather than every open need joined with its matching state.
      SELECT n.*, true AS no_domestic_supplier
        FROM need_match_states s JOIN needs n ON n.id = s.need_id AND n.version = s.matched_version
       WHERE s.matched_version IS NOT NULL AND n.status = 'open'
      UNION ALL
      SELECT n.*, false
        FROM needs n
       WHERE n.status = 'open' AND n.critical
         AND coalesce(n.published_at, n.created_at) <= ${filter.openBefore.toISOString()}::timestamptz
         AND NOT EXISTS (SELECT 1 FROM need_match_states s WHERE s.need_id = n.id AND s.matched_version = n.version)
    ), stuck AS MATERIALIZED (
      SELECT n.id, n.title, n.okpd2, n.quantity, n.unit, n.needed_by, n.buyer_organization_id,
             n.delivery_region_code AS region_code, substr(n.okpd2, 1, 2) AS okpd2_class,
             coalesce(n.published_at, n.created_at) AS open_since, n.no_domestic_supplier
        FROM candidates n
       WHERE n.status = 'open' ${region} ${okpd2}
         AND NOT EXISTS (SELECT 1 FROM matches m
                          WHERE m.need_id = n.id AND m.notified AND m.status <> 'dismissed' AND m.supplier_verdict IS NULL)
         AND NOT EXISTS (SELECT 1 FROM bids b WHERE b.need_id = n.id AND b.status IN ('submitted', 'accepted'))
    ), groups AS (
      SELECT okpd2_class, region_code, count(*)::int AS count, min(open_since) AS oldest,
             (count(*) OVER ())::int AS total_groups, (sum(count(*)) OVER ())::int AS total_needs
        FROM stuck GROUP BY okpd2_class, region_code
    ), top_groups AS (
      SELECT * FROM groups ORDER BY count DESC, oldest, okpd2_class, region_code LIMIT ${filter.limit}
    ), listed AS (
      SELECT s.*, row_number() OVER (PARTITION BY s.okpd2_class, s.region_code ORDER BY s.open_since, s.id) AS rank
        FROM stuck s JOIN top_groups g USING (okpd2_class, region_code)
    ), items AS (
      -- The best score is looked up for the listed needs only, not for the whole register.
      SELECT l.okpd2_class, l.region_code,
             json_agg(json_build_object(
               'id', l.id, 'title', l.title, 'okpd2', l.okpd2, 'quantity', l.quantity::text, 'unit', l.unit,
               'needed_by', l.needed_by::text, 'open_since', l.open_since,
               'buyer_organization_id', l.buyer_organization_id,
               'days_open', floor(extract(epoch FROM ${now} - l.open_since) / 86400)::int,
               'no_domestic_supplier', l.no_domestic_supplier,
               'best_score', (SELECT max(m.score)::float8 FROM matches m
                               WHERE m.need_id = l.id AND m.status <> 'dismissed' AND m.supplier_verdict IS NULL)
             ) ORDER BY l.open_since, l.id) AS items
        FROM listed l WHERE l.rank <= ${filter.itemsPerGroup}
       GROUP BY l.okpd2_class, l.region_code
    )
    SELECT g.okpd2_class, k.name AS class_name, g.region_code, g.count,
           floor(extract(epoch FROM ${now} - g.oldest) / 86400)::int AS max_days_open,
           i.items, g.total_groups, g.total_needs
      FROM top_groups g
      LEFT JOIN items i USING (okpd2_class, region_code)
      LEFT JOIN okpd2_codes k ON k.code = g.okpd2_class
     ORDER BY g.count DESC, g.oldest, g.okpd2_class, g.region_code`);
  return result.rows as BottleneckGroupRow[];
}
