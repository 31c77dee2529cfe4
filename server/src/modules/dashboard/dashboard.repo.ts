import { sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';

export type DashboardNeedRow = {
  id: string;
  title: string;
  needed_by: string | null;
  buyer_organization_id: string;
  posted_by_organization_id: string;
  buyer_name: string;
  /** Matches not dismissed. */
  matches: number;
  /** Bids submitted and not yet decided. */
  bids: number;
  total: number;
};

export type NeedScope = {
  buyerId?: string;
  regionCode?: string;
  /** with_bids: bids wait for a decision; unanswered: no match standing and no bid. */
  only?: 'with_bids' | 'unanswered';
};

export type EnterpriseRow = {
  id: string;
  name: string;
  region_code: string;
  verified: boolean;
  total: number;
};

/**
 * The dashboard's own reads: open needs with their match and bid counts in one statement (the page used
 * to ask for each need's matches and bids separately). Counts come from the matches(need_id, …) and
 * bids(need_id, …) indexes, once per open need in scope.
 */
export function createDashboardRepo(db: DbExecutor) {
  return {
    async openNeeds(scope: NeedScope, limit: number): Promise<{ total: number; rows: DashboardNeedRow[] }> {
      const conditions: SQL[] = [sql`n.status = 'open'`];
      if (scope.buyerId) conditions.push(sql`n.buyer_organization_id = ${scope.buyerId}`);
      if (scope.regionCode) conditions.push(sql`n.delivery_region_code = ${scope.regionCode}`);
      const only =
        scope.only === 'with_bids'
          ? sql`WHERE s.bids > 0`
          : scope.only === 'unanswered'
            ? sql`WHERE s.matches = 0 AND s.bids = 0`
            : sql``;
      const { rows } = await db.execute(sql`
        WITH scoped AS (
          SELECT n.id, n.title, n.needed_by::text AS needed_by, n.buyer_organization_id,
                 n.posted_by_organization_id, coalesce(n.published_at, n.created_at) AS since,
                 (SELECT count(*) FROM matches m WHERE m.need_id = n.id AND m.status <> 'dismissed')::int AS matches,
                 (SELECT count(*) FROM bids b WHERE b.need_id = n.id AND b.status = 'submitted')::int AS bids
            FROM needs n
           WHERE ${sql.join(conditions, sql` AND `)}
        )
        SELECT s.id, s.title, s.needed_by, s.buyer_organization_id, s.posted_by_organization_id,
               o.name AS buyer_name, s.matches, s.bids, count(*) OVER ()::int AS total
          FROM scoped s JOIN organizations o ON o.id = s.buyer_organization_id
          ${only}
         ORDER BY s.since DESC, s.id DESC
         LIMIT ${limit}`);
      const needs = rows as DashboardNeedRow[];
      return { total: needs[0]?.total ?? 0, rows: needs };
    },

    async enterprises(regionCode: string, limit: number): Promise<{ total: number; rows: EnterpriseRow[] }> {
      const { rows } = await db.execute(sql`
        SELECT id, name, region_code, verified, count(*) OVER ()::int AS total
          FROM organizations
         WHERE kind = 'enterprise' AND region_code = ${regionCode}
         ORDER BY name, id
         LIMIT ${limit}`);
      const enterprises = rows as EnterpriseRow[];
      return { total: enterprises[0]?.total ?? 0, rows: enterprises };
    },
  };
}
export type DashboardRepo = ReturnType<typeof createDashboardRepo>;
