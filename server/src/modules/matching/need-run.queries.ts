import type pg from 'pg';
import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { needColumnsSql, type NeedForMatching, toNeedFacts } from './candidates.repo';
import { MATCHING_CHANNEL, NEED_LOCK_CLASS } from './matches.repo';

/**
 * The statements of match-need runs that are not their candidate queries, as named prepared statements on
 * the connection: a batch of runs is a handful of round trips whatever its size, each statement planned
 * once per connection.
 */

const LOCK = {
  name: 'matching-lock-needs-v2',
  // The locks serialise runs writing these needs' matches (matches.repo.ts lockNeeds uses the same keys,
  // taken in the same sorted order, so two runs never wait on each other in a cycle); the settings hold
  // for the transaction: trigram thresholds, generic plans for prepared statements.
  text: `SELECT set_config('pg_trgm.similarity_threshold', '0.4', true),
      set_config('pg_trgm.word_similarity_threshold', '0.6', true),
      set_config('plan_cache_mode', 'force_generic_plan', true),
      (SELECT count(pg_advisory_xact_lock(${NEED_LOCK_CLASS}, hashtext(id)))
       FROM unnest($1::text[]) AS t(id)) AS locked`,
};

const LOAD = {
  name: 'matching-load-needs-v1',
  text: `SELECT ${needColumnsSql}
    FROM needs n JOIN regions r ON r.code = n.delivery_region_code
    WHERE n.id = ANY($1::uuid[])`,
};

/** Locks the needs (sorted) for this transaction, then reads them as they are once the locks are held. */
export async function lockAndLoadNeeds(
  client: pg.PoolClient,
  needIds: string[],
): Promise<Map<string, NeedForMatching>> {
  const keys = [...new Set(needIds)].sort();
  await client.query({ ...LOCK, values: [keys] });
  const { rows } = await client.query<Record<string, unknown>>({ ...LOAD, values: [keys] });
  return new Map(rows.map((row) => [row.id as string, toNeedFacts(row)]));
}

export type NeedMatchWrite = {
  capabilityId: string;
  manufacturerOrganizationId: string;
  score: number;
  components: MatchComponents;
  interregional: boolean;
  distanceKm: number;
};

/** The matches one need's run keeps (none: its proposals all go), at the version it was matched. */
export type NeedRunWrite = { needId: string; needVersion: number; kept: NeedMatchWrite[] };

const WRITE = {
  name: 'matching-write-needs-matches-v2',
  // For every run ($2): upserts its kept matches (review status untouched; unchanged rows not written,
  // so a rerun changes nothing) and removes the need's other proposed matches, in one statement: both
  // see the rows as they were before it, and touch disjoint ones. The removal is driven by the array of
  // need ids ($3) and `(status = 'proposed') IS TRUE`, which keep the generic plan on the need's index
  // (a join with `runs` read every match). It also tells observers (benchmark, tests) that each run
  // committed: NOTIFY is delivered at commit, so its place in the transaction does not matter.
  text: `WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(need_id uuid, capability_id uuid,
        manufacturer_organization_id uuid, score numeric, components jsonb, interregional boolean, distance_km int)
    ), runs AS (
      SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(need_id uuid, need_version int)
    ), upserted AS (
      INSERT INTO matches (need_id, capability_id, manufacturer_organization_id, score, components,
        interregional, distance_km, need_version)
      SELECT i.need_id, i.capability_id, i.manufacturer_organization_id, i.score, i.components, i.interregional,
        i.distance_km, r.need_version
      FROM input i JOIN runs r ON r.need_id = i.need_id
      ON CONFLICT (need_id, capability_id) DO UPDATE SET
        score = excluded.score, components = excluded.components, interregional = excluded.interregional,
        distance_km = excluded.distance_km, need_version = excluded.need_version,
        manufacturer_organization_id = excluded.manufacturer_organization_id, updated_at = now()
      WHERE (matches.score, matches.components, matches.interregional, matches.distance_km, matches.need_version)
        IS DISTINCT FROM (excluded.score, excluded.components, excluded.interregional, excluded.distance_km, excluded.need_version)
      RETURNING need_id, capability_id, (xmax = 0) AS inserted
    ), removed AS (
      DELETE FROM matches m
      WHERE m.need_id = ANY($3::uuid[]) AND (m.status = 'proposed') IS TRUE
        AND NOT EXISTS (SELECT 1 FROM input i WHERE i.need_id = m.need_id AND i.capability_id = m.capability_id)
      RETURNING m.need_id
    ), signals AS (
      SELECT count(pg_notify('${MATCHING_CHANNEL}', 'need,' || need_id || ',' || need_version)) AS sent FROM runs
    )
    SELECT r.need_id,
      (SELECT coalesce(jsonb_agg(u.capability_id), '[]'::jsonb) FROM upserted u WHERE u.inserted AND u.need_id = r.need_id) AS added,
      (SELECT count(*) FROM removed d WHERE d.need_id = r.need_id)::int AS removed
    FROM runs r CROSS JOIN signals`,
};

/**
 * Writes the runs' matches; returns, per need, the capability ids of the pairs that are new and how
 * many stale proposals went. Signals each run.
 */
export async function writeNeedsMatches(
  client: pg.PoolClient,
  runs: NeedRunWrite[],
): Promise<Map<string, { added: string[]; removed: number }>> {
  if (runs.length === 0) return new Map();
  const input = runs.flatMap(({ needId, kept }) =>
    kept.map((match) => ({
      need_id: needId,
      capability_id: match.capabilityId,
      manufacturer_organization_id: match.manufacturerOrganizationId,
      score: match.score.toFixed(4),
      components: match.components,
      interregional: match.interregional,
      distance_km: match.distanceKm,
    })),
  );
  const { rows } = await client.query<{ need_id: string; added: string[]; removed: number }>({
    ...WRITE,
    values: [
      JSON.stringify(input),
      JSON.stringify(runs.map((run) => ({ need_id: run.needId, need_version: run.needVersion }))),
      runs.map((run) => run.needId),
    ],
  });
  return new Map(rows.map((row) => [row.need_id, { added: row.added, removed: row.removed }]));
}
