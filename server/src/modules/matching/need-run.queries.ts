import type pg from 'pg';
import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { needColumnsSql, type NeedForMatching, toNeedFacts } from './candidates.repo';
import { MATCHING_CHANNEL, NEED_LOCK_CLASS } from './matches.repo';

/**
 * The statements of a match-need run that are not its candidate query, as named prepared statements on
 * the run's connection: a run is a handful of round trips, each planned once per connection.
 */

const LOAD = {
  name: 'matching-lock-and-load-need-v1',
  // The lock serialises runs writing this need's matches (matches.repo.ts lockNeeds uses the same key);
  // the settings hold for the transaction: trigram thresholds, generic plans for prepared statements.
  text: `SELECT ${needColumnsSql}
    FROM (SELECT pg_advisory_xact_lock(${NEED_LOCK_CLASS}, hashtext($1::text)),
                 set_config('pg_trgm.similarity_threshold', '0.4', true),
                 set_config('pg_trgm.word_similarity_threshold', '0.6', true),
                 set_config('plan_cache_mode', 'force_generic_plan', true)) AS setup
    CROSS JOIN needs n JOIN regions r ON r.code = n.delivery_region_code
    WHERE n.id = $1::uuid`,
};

export async function lockAndLoadNeed(
  client: pg.PoolClient,
  needId: string,
): Promise<NeedForMatching | undefined> {
  const { rows } = await client.query<Record<string, unknown>>({ ...LOAD, values: [needId] });
  return rows[0] ? toNeedFacts(rows[0]) : undefined;
}

export type NeedMatchWrite = {
  capabilityId: string;
  manufacturerOrganizationId: string;
  score: number;
  components: MatchComponents;
  interregional: boolean;
  distanceKm: number;
};

const WRITE = {
  name: 'matching-write-need-matches-v2',
  // Upserts the kept matches (review status untouched; unchanged rows not written, so a rerun changes
  // nothing) and removes the need's other proposed matches, in one statement: both see the rows as
  // they were before it, and touch disjoint ones. `(status = 'proposed') IS TRUE` keeps the planner
  // on the need's index (see matches.repo.ts). It also tells observers (benchmark, tests) that the run
  // committed: NOTIFY is delivered at commit, so its place in the transaction does not matter.
  text: `WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(capability_id uuid, manufacturer_organization_id uuid,
        score numeric, components jsonb, interregional boolean, distance_km int)
    ), upserted AS (
      INSERT INTO matches (need_id, capability_id, manufacturer_organization_id, score, components,
        interregional, distance_km, need_version)
      SELECT $2::uuid, capability_id, manufacturer_organization_id, score, components, interregional, distance_km, $3::int
      FROM input
      ON CONFLICT (need_id, capability_id) DO UPDATE SET
        score = excluded.score, components = excluded.components, interregional = excluded.interregional,
        distance_km = excluded.distance_km, need_version = excluded.need_version,
        manufacturer_organization_id = excluded.manufacturer_organization_id, updated_at = now()
      WHERE (matches.score, matches.components, matches.interregional, matches.distance_km, matches.need_version)
        IS DISTINCT FROM (excluded.score, excluded.components, excluded.interregional, excluded.distance_km, excluded.need_version)
      RETURNING capability_id, (xmax = 0) AS inserted
    ), removed AS (
      DELETE FROM matches m
      WHERE m.need_id = $2::uuid AND (m.status = 'proposed') IS TRUE
        AND NOT EXISTS (SELECT 1 FROM input WHERE input.capability_id = m.capability_id)
      RETURNING 1
    )
    SELECT (SELECT coalesce(jsonb_agg(capability_id), '[]'::jsonb) FROM upserted WHERE inserted) AS added,
           (SELECT count(*) FROM removed)::int AS removed
    FROM pg_notify('${MATCHING_CHANNEL}', $4::text) AS signal`,
};

/** Returns the capability ids of the pairs that are new, and how many stale proposals went; signals the run. */
export async function writeNeedMatches(
  client: pg.PoolClient,
  needId: string,
  needVersion: number,
  kept: NeedMatchWrite[],
): Promise<{ added: string[]; removed: number }> {
  const input = kept.map((match) => ({
    capability_id: match.capabilityId,
    manufacturer_organization_id: match.manufacturerOrganizationId,
    score: match.score.toFixed(4),
    components: match.components,
    interregional: match.interregional,
    distance_km: match.distanceKm,
  }));
  const { rows } = await client.query<{ added: string[]; removed: number }>({
    ...WRITE,
    values: [JSON.stringify(input), needId, needVersion, `need,${needId},${needVersion}`],
  });
  return { added: rows[0]?.added ?? [], removed: rows[0]?.removed ?? 0 };
}
