import { MATCHING_CONFIG } from '../../src/modules/matching/scoring';
import { createLotRebuilder } from '../../src/modules/lots/lots.rebuild';
import type { BenchContext, BenchSection, BenchTable } from '../bench-context';
import { percentile } from '../load-generator';

/**
 * The analyst workspace on the bench data (100,000 needs by default): each analytics endpoint and
 * the lots list, country-wide as an analyst and region-scoped as a centre, timed sequentially through
 * the real API; then the lot rebuild as the worker runs it, from empty and again (nothing to change).
 * The bench data has no matches, bids or orders (the matching section adds a few thousand matches):
 * this section adds synthetic ones (matches for a third of the open needs, orders for 5 % of the needs)
 * and removes them afterwards, with the lots it built, so the data stays as loaded.
 */

const RUNS = 15;
const WARM_UP = 3;
const TAG = 'bench-analytics';
const BUDGET_P95_MS = 500;
const BUDGET_REBUILD_S = 15;
const CENTRE_REGION = '62';

type Actor = { token: string; label: string };

/** An association analyst and a verified centre of CENTRE_REGION, signed by the app (no password round trip). */
async function actors(ctx: BenchContext): Promise<{ analyst: Actor; centre: Actor }> {
  const { pool } = ctx.database;
  const ensure = async (kind: 'association' | 'center', email: string) => {
    const existing = await pool.query<{ user_id: string; org_id: string }>(
      'SELECT u.id AS user_id, u.organization_id AS org_id FROM users u WHERE u.email = $1',
      [email],
    );
    if (existing.rows[0]) return existing.rows[0];
    const org = await pool.query<{ id: string }>(
      `INSERT INTO organizations (name, kind, region_code, verified) VALUES ($1, $2, $3, true) RETURNING id`,
      [
        kind === 'association' ? 'Ассоциация (бенчмарк)' : 'Центр импортозамещения (бенчмарк)',
        kind,
        CENTRE_REGION,
      ],
    );
    const user = await pool.query<{ id: string }>(
      `INSERT INTO users (organization_id, email, password_hash, full_name, role) VALUES ($1, $2, '!', 'Бенчмарк', 'owner') RETURNING id`,
      [org.rows[0]!.id, email],
    );
    return { user_id: user.rows[0]!.id, org_id: org.rows[0]!.id };
  };
  // Users inserted here start at session version 0; their organization and role come from the database.
  const sign = (ids: { user_id: string }) => ctx.app.signAccessToken(ids.user_id, 0);
  const analyst = await ensure('association', 'analyst.bench@zamena.local');
  const centre = await ensure('center', 'centre.bench@zamena.local');
  return {
    analyst: { token: sign(analyst), label: 'analyst, country' },
    centre: { token: sign(centre), label: `centre ${CENTRE_REGION}` },
  };
}

/** Synthetic matches (for needs without any), accepted bids and orders, tagged for removal; returns what it added. */
async function addActivity(ctx: BenchContext): Promise<{ matches: number; orders: number }> {
  const { pool } = ctx.database;
  // Up to three capabilities of the need's kind for every third open need, relevance spread over
  // [0.3, 0.9), strong (alerted) from the alert threshold up, as matching would leave them.
  const matched = await pool.query(
    `INSERT INTO matches (need_id, capability_id, manufacturer_organization_id, score, relevance, notified,
                            components, interregional, distance_km, need_version, review_reason, created_at)
       SELECT need_id, capability_id, manufacturer_organization_id, relevance, relevance,
              relevance >= ${MATCHING_CONFIG.alertThreshold}, '{}', true, 500, need_version, $1, created_at
         FROM (SELECT n.id AS need_id, c.id AS capability_id, c.manufacturer_organization_id, n.version AS need_version,
                      n.created_at + interval '3 hours' AS created_at, round((0.3 + random() * 0.6)::numeric, 4) AS relevance
                 FROM needs n
                 CROSS JOIN LATERAL (SELECT id, manufacturer_organization_id FROM capabilities c
                                      WHERE c.okpd2_prefixes @> ARRAY[substr(n.okpd2, 1, 8)] AND c.active
                                        AND c.manufacturer_organization_id <> n.buyer_organization_id
                                      LIMIT 3) c
                WHERE n.status = 'open' AND length(n.okpd2) >= 8 AND abs(hashtext(n.id::text)) % 3 = 0
                  AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.id)) pairs
       ON CONFLICT DO NOTHING`,
    [TAG],
  );
  const placed = await pool.query(
    `WITH chosen AS (
         SELECT n.id AS need_id, n.buyer_organization_id, n.quantity, coalesce(n.target_unit_price, 100) AS price,
                n.created_at,
                (SELECT o.id FROM organizations o
                  WHERE o.kind = 'enterprise' AND o.id <> n.buyer_organization_id
                  ORDER BY hashtext(o.id::text || n.id::text) LIMIT 1) AS supplier
           FROM needs n
          WHERE n.status IN ('open', 'awarded') AND abs(hashtext(n.id::text)) % 20 = 1
            AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.need_id = n.id)
       ), placed AS (
         INSERT INTO bids (need_id, bidder_organization_id, unit_price, quantity, lead_time_days, valid_until, comment, status)
         SELECT need_id, supplier, price, quantity, 30, current_date + 60, $1, 'accepted' FROM chosen
         RETURNING id, need_id, bidder_organization_id, unit_price, quantity
       )
       INSERT INTO orders (need_id, bid_id, buyer_organization_id, supplier_organization_id, quantity, unit_price, total, created_at)
       SELECT p.need_id, p.id, c.buyer_organization_id, p.bidder_organization_id, p.quantity, p.unit_price,
              round(p.unit_price * p.quantity, 2), c.created_at + interval '5 days'
         FROM placed p JOIN chosen c ON c.need_id = p.need_id`,
    [TAG],
  );
  // As autovacuum would have left months of such activity: statistics and hint bits set, so the first
  // reads do not pay for writing them.
  await pool.query('VACUUM ANALYZE matches, bids, orders');
  return { matches: matched.rowCount ?? 0, orders: placed.rowCount ?? 0 };
}

/** Lots and the demand snapshot are derived data: cleared before (a rebuild from empty) and after. */
async function clearLots(ctx: BenchContext) {
  const { pool } = ctx.database;
  await pool.query('DELETE FROM lot_bids');
  await pool.query('DELETE FROM lot_needs');
  await pool.query('DELETE FROM lots');
  await pool.query('DELETE FROM lot_rebuilds');
  await pool.query('DELETE FROM demand_kinds');
}

async function removeActivity(ctx: BenchContext) {
  const { pool } = ctx.database;
  await clearLots(ctx);
  await pool.query(`DELETE FROM orders WHERE bid_id IN (SELECT id FROM bids WHERE comment = $1)`, [TAG]);
  await pool.query('DELETE FROM bids WHERE comment = $1', [TAG]);
  await pool.query('DELETE FROM matches WHERE review_reason = $1', [TAG]);
  // The machine may run no autovacuum: dead rows left here would slow the next run's scans.
  await pool.query(
    'VACUUM ANALYZE matches, bids, orders, lots, lot_needs, lot_bids, lot_rebuilds, demand_kinds',
  );
}

/**
 * RUNS sequential requests after WARM_UP uncounted ones (the first requests after the set-up read the
 * tables into PostgreSQL's buffers: on a 128 MB cache the country-wide summary takes ~0.6 s, then
 * ~0.3 s, before it settles); returns the sorted samples and the first request's time.
 */
async function time(
  ctx: BenchContext,
  path: string,
  actor: Actor,
): Promise<{ samples: number[]; first: number }> {
  const call = async () => {
    const started = performance.now();
    const response = await fetch(`${ctx.apiOrigin}/api/v1${path}`, {
      headers: { authorization: `Bearer ${actor.token}` },
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} as ${actor.label} answered ${response.status}`);
    return performance.now() - started;
  };
  const first = await call();
  for (let i = 1; i < WARM_UP; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await call());
  return { samples: samples.sort((a, b) => a - b), first };
}

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);

async function run(ctx: BenchContext): Promise<BenchTable> {
  const { analyst, centre } = await actors(ctx);
  // Also what an interrupted earlier run left, and its dead rows.
  await removeActivity(ctx);
  const added = await addActivity(ctx);
  const rows: string[][] = [];
  try {
    const rebuilder = createLotRebuilder({ db: ctx.database.db });
    const first = await rebuilder.rebuild();
    const second = await rebuilder.rebuild();
    const rebuildRow = (label: string, stats: typeof first) => [
      label,
      '—',
      '—',
      `${(stats.durationMs / 1000).toFixed(2)} s`,
      '—',
      `${stats.lots.toLocaleString('en-US')} lots; created ${stats.created}, updated ${stats.updated}, removed ${stats.removed}; needs joined ${stats.needsJoined}, left ${stats.needsLeft}`,
      `≤ ${BUDGET_REBUILD_S} s ${stats.durationMs / 1000 <= BUDGET_REBUILD_S ? '✅' : '❌'}`,
    ];
    rows.push(rebuildRow('lot rebuild (job handler), from empty', first));
    rows.push(rebuildRow('lot rebuild again (nothing changes)', second));

    const paths = [
      '/analytics/summary',
      '/analytics/regions',
      '/analytics/flows',
      '/analytics/bottlenecks',
      '/analytics/niches',
      '/analytics/niches/export.xlsx',
      '/lots?limit=50',
    ];
    for (const path of paths) {
      for (const actor of [analyst, centre]) {
        const { samples, first } = await time(ctx, path, actor);
        const p95 = percentile(samples, 95);
        rows.push([
          `GET ${path}`,
          actor.label,
          ms(percentile(samples, 50)),
          ms(p95),
          ms(samples.at(-1)!),
          `${RUNS} sequential requests after ${WARM_UP} (the first ${ms(first)} ms)`,
          `p95 ≤ ${BUDGET_P95_MS} ms ${p95 <= BUDGET_P95_MS ? '✅' : '❌'}`,
        ]);
      }
      ctx.log(`analytics: ${path} done`);
    }
  } finally {
    await removeActivity(ctx);
  }
  const counts = await ctx.database.pool.query<{ open: string; critical: string }>(
    "SELECT count(*) FILTER (WHERE status = 'open') AS open, count(*) FILTER (WHERE status = 'open' AND critical) AS critical FROM needs",
  );
  return {
    title: 'Analyst workspace: analytics endpoints and the lot rebuild',
    columns: ['operation', 'as', 'p50 ms', 'p95 ms', 'max ms', 'notes', 'target'],
    rows,
    notes: [
      `data: ${ctx.data.counts.needs.toLocaleString('en-US')} needs (${Number(counts.rows[0]!.open).toLocaleString('en-US')} open, ` +
        `${Number(counts.rows[0]!.critical).toLocaleString('en-US')} of them critical), ` +
        `${ctx.data.counts.capabilities.toLocaleString('en-US')} capabilities`,
      `synthetic activity for this section: ${added.matches.toLocaleString('en-US')} matches, ${added.orders.toLocaleString('en-US')} accepted orders (removed afterwards)`,
      'rebuild time is the one transaction of the rebuild-lots job (lots.rebuild.repo.ts), measured in the bench process',
    ],
  };
}

export const analyticsSection: BenchSection = { name: 'analytics', run };
