import type { TrackRecord } from '@zamena/shared/organizations/organization-profile.schemas';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';

type Row = {
  orders_completed: number;
  on_time: number;
  disputes: number;
  median_answer_hours: number | null;
  ratings: number;
  on_time_score: number | null;
  quality_score: number | null;
  communication_score: number | null;
};

const score = (value: number | null) => (value === null ? null : Number(value));

/**
 * The organization's record as a supplier (DESIGN.md §5 "Organizations add"), in one round trip.
 * Promised date: the order's day plus the accepted bid's lead time; delivered: the first event that
 * reached `delivered` (or `completed` when the step was skipped). A dispute is an order that was ever
 * `disputed`. Answer time: from the first alert about a need (a strong match of any of its
 * capabilities) to its first bid on that need; bids placed before any alert do not count. Ratings:
 * what buyers gave after completed orders (one per order), averaged to one decimal.
 */
export async function trackRecordOf(db: DbExecutor, organizationId: string): Promise<TrackRecord> {
  const result = await db.execute<Row>(sql`
    WITH supplied AS (
      SELECT o.status, o.created_at, b.lead_time_days,
        (SELECT min(e.created_at) FROM order_events e
          WHERE e.order_id = o.id AND e.to_status IN ('delivered', 'completed')) AS delivered_at,
        EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'disputed') AS disputed
      FROM orders o JOIN bids b ON b.id = o.bid_id
      WHERE o.supplier_organization_id = ${organizationId}::uuid
    ), answers AS (
      SELECT min(m.created_at) AS alerted_at,
        (SELECT min(b.created_at) FROM bids b
          WHERE b.need_id = m.need_id AND b.bidder_organization_id = m.manufacturer_organization_id) AS bid_at
      FROM matches m
      WHERE m.manufacturer_organization_id = ${organizationId}::uuid AND m.notified
      GROUP BY m.need_id, m.manufacturer_organization_id
    )
    SELECT
      (SELECT count(*) FILTER (WHERE status = 'completed') FROM supplied)::int AS orders_completed,
      (SELECT count(*) FILTER (
        WHERE delivered_at IS NOT NULL
          AND (delivered_at AT TIME ZONE 'UTC')::date
            <= (created_at AT TIME ZONE 'UTC')::date + lead_time_days
      ) FROM supplied)::int AS on_time,
      (SELECT count(*) FILTER (WHERE disputed OR status = 'disputed') FROM supplied)::int AS disputes,
      (SELECT round((percentile_cont(0.5) WITHIN GROUP (
        ORDER BY extract(epoch FROM bid_at - alerted_at) / 3600))::numeric, 1)::float8
        FROM answers WHERE bid_at >= alerted_at) AS median_answer_hours,
      r.ratings, r.on_time_score, r.quality_score, r.communication_score
    FROM (SELECT count(*)::int AS ratings,
        round(avg(on_time), 1)::float8 AS on_time_score,
        round(avg(quality), 1)::float8 AS quality_score,
        round(avg(communication), 1)::float8 AS communication_score
      FROM order_ratings WHERE supplier_organization_id = ${organizationId}::uuid) r`);
  const row = result.rows[0]!;
  return {
    ordersCompleted: Number(row.orders_completed),
    onTime: Number(row.on_time),
    disputes: Number(row.disputes),
    medianAnswerHours: row.median_answer_hours === null ? null : Number(row.median_answer_hours),
    rating: {
      count: Number(row.ratings),
      onTime: score(row.on_time_score),
      quality: score(row.quality_score),
      communication: score(row.communication_score),
    },
  };
}
