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
  name: 'matching-load-needs-v3',
  text: `SELECT ${needColumnsSql}, n.description,
      s.need_version AS state_need_version, s.profile_version AS state_profile_version, s.profile AS state_profile
    FROM needs n JOIN regions r ON r.code = n.delivery_region_code
    LEFT JOIN need_match_states s ON s.need_id = n.id
    WHERE n.id = ANY($1::uuid[])`,
};

export type LoadedNeed = NeedForMatching & {
  description: string;
  /** The stored profile, when it was read from this version of the need (else null). */
  storedProfile: unknown;
  storedProfileVersion: number | null;
};

/** Locks the needs (sorted) for this transaction, then reads them as they are once the locks are held. */
export async function lockAndLoadNeeds(
  client: pg.PoolClient,
  needIds: string[],
): Promise<Map<string, LoadedNeed>> {
  const keys = [...new Set(needIds)].sort();
  await client.query({ ...LOCK, values: [keys] });
  const { rows } = await client.query<Record<string, unknown>>({ ...LOAD, values: [keys] });
  return new Map(
    rows.map((row) => {
      const need = toNeedFacts(row);
      const current = row.state_need_version === need.version;
      return [
        need.id,
        {
          ...need,
          description: row.description as string,
          storedProfile: current ? row.state_profile : null,
          storedProfileVersion: current ? ((row.state_profile_version as number | null) ?? null) : null,
        },
      ];
    }),
  );
}

const TERM_STATS = {
  name: 'matching-term-stats-v1',
  // The empty term's row counts the profiled capabilities.
  text: `SELECT term, capabilities FROM capability_term_stats WHERE term = ANY($1::text[]) OR term = ''`,
};

/** In how many capabilities each of the terms occurs, and how many capabilities there are (`total`). */
export async function loadTermStats(
  client: pg.PoolClient,
  terms: string[],
): Promise<{ total: number; frequency: (term: string) => number }> {
  const { rows } = await client.query<{ term: string; capabilities: number }>({
    ...TERM_STATS,
    values: [terms],
  });
  const counts = new Map(rows.map((row) => [row.term, row.capabilities]));
  return { total: counts.get('') ?? 0, frequency: (term) => counts.get(term) ?? 0 };
}

export type NeedMatchWrite = {
  capabilityId: string;
  manufacturerOrganizationId: string;
  score: number;
  relevance: number;
  notified: boolean;
  components: MatchComponents;
  interregional: boolean;
  distanceKm: number;
};

/**
 * The matches one need's run keeps (none: its proposals all go), at the version it was matched, and the
 * need's profile as read for that version (null for a need that takes no offers: nothing is stored).
 */
export type NeedRunWrite = {
  needId: string;
  needVersion: number;
  kept: NeedMatchWrite[];
  profile: { version: number; titleTerms: string[]; value: unknown } | null;
};

const WRITE = {
  name: 'matching-write-needs-matches-v4',
  // For every run ($2): upserts its kept matches (review status and the supplier's verdict untouched;
  // unchanged rows not written, so a rerun changes nothing), removes the need's other proposed matches
  // and records the run with the need's profile, in one statement: all see the rows as they were before
  // it, and touch disjoint ones (`before` is that snapshot: which pairs had alerted already). The
  // removal is driven by the array of need ids ($3) and `(status = 'proposed') IS TRUE`, which keep the
  // generic plan on the need's index (a join with `runs` read every match). It also tells observers
  // (benchmark, tests) that each run committed: NOTIFY is delivered at commit, so its place in the
  // transaction does not matter.
  text: `WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(need_id uuid, capability_id uuid,
        manufacturer_organization_id uuid, score numeric, relevance numeric, notified boolean, components jsonb,
        interregional boolean, distance_km int)
    ), runs AS (
      SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(need_id uuid, need_version int, profile_version int,
        title_terms jsonb, profile jsonb)
    ), before AS (
      SELECT m.need_id, m.capability_id FROM matches m WHERE m.need_id = ANY($3::uuid[]) AND m.notified
    ), upserted AS (
      INSERT INTO matches (need_id, capability_id, manufacturer_organization_id, score, relevance, notified,
        components, interregional, distance_km, need_version)
      SELECT i.need_id, i.capability_id, i.manufacturer_organization_id, i.score, i.relevance, i.notified,
        i.components, i.interregional, i.distance_km, r.need_version
      FROM input i JOIN runs r ON r.need_id = i.need_id
      ON CONFLICT (need_id, capability_id) DO UPDATE SET
        score = excluded.score, relevance = excluded.relevance, notified = excluded.notified,
        components = excluded.components, interregional = excluded.interregional,
        distance_km = excluded.distance_km, need_version = excluded.need_version,
        manufacturer_organization_id = excluded.manufacturer_organization_id, updated_at = now()
      WHERE (matches.score, matches.relevance, matches.notified, matches.components, matches.interregional,
             matches.distance_km, matches.need_version)
        IS DISTINCT FROM (excluded.score, excluded.relevance, excluded.notified, excluded.components,
             excluded.interregional, excluded.distance_km, excluded.need_version)
      RETURNING id, need_id, capability_id, notified
    ), removed AS (
      DELETE FROM matches m
      WHERE m.need_id = ANY($3::uuid[]) AND (m.status = 'proposed') IS TRUE AND m.supplier_verdict IS NULL
        AND NOT EXISTS (SELECT 1 FROM input i WHERE i.need_id = m.need_id AND i.capability_id = m.capability_id)
      RETURNING m.need_id
    ), states AS (
      INSERT INTO need_match_states AS s (need_id, need_version, profile_version, title_terms, profile,
        matched_version, matched_at)
      SELECT r.need_id, r.need_version, r.profile_version, ARRAY(SELECT jsonb_array_elements_text(r.title_terms)),
        r.profile, r.need_version, now()
      FROM runs r WHERE r.profile IS NOT NULL
      ON CONFLICT (need_id) DO UPDATE SET need_version = excluded.need_version,
        profile_version = excluded.profile_version, title_terms = excluded.title_terms, profile = excluded.profile,
        matched_version = excluded.matched_version, matched_at = excluded.matched_at
      RETURNING need_id
    ), signals AS (
      SELECT count(pg_notify('${MATCHING_CHANNEL}', 'need,' || need_id || ',' || need_version)) AS sent FROM runs
    )
    SELECT r.need_id,
      (SELECT coalesce(jsonb_object_agg(u.capability_id, u.id), '{}'::jsonb) FROM upserted u
        WHERE u.need_id = r.need_id AND u.notified
          AND NOT EXISTS (SELECT 1 FROM before b WHERE b.need_id = u.need_id AND b.capability_id = u.capability_id))
        AS alerted,
      (SELECT count(*) FROM removed d WHERE d.need_id = r.need_id)::int AS removed
    FROM runs r CROSS JOIN signals`,
};

/**
 * Writes the runs' matches and records each run; returns, per need, the matches (by capability id)
 * whose manufacturers this run alerts for the first time (strong, and not strong before) and how many
 * stale proposals went. Signals each run.
 */
export async function writeNeedsMatches(
  client: pg.PoolClient,
  runs: NeedRunWrite[],
): Promise<Map<string, { alerted: Map<string, string>; removed: number }>> {
  if (runs.length === 0) return new Map();
  const input = runs.flatMap(({ needId, kept }) =>
    kept.map((match) => ({
      need_id: needId,
      capability_id: match.capabilityId,
      manufacturer_organization_id: match.manufacturerOrganizationId,
      score: match.score.toFixed(4),
      relevance: match.relevance.toFixed(4),
      notified: match.notified,
      components: match.components,
      interregional: match.interregional,
      distance_km: match.distanceKm,
    })),
  );
  const { rows } = await client.query<{ need_id: string; alerted: Record<string, string>; removed: number }>({
    ...WRITE,
    values: [
      JSON.stringify(input),
      JSON.stringify(
        runs.map((run) => ({
          need_id: run.needId,
          need_version: run.needVersion,
          profile_version: run.profile?.version ?? null,
          title_terms: run.profile?.titleTerms ?? null,
          profile: run.profile?.value ?? null,
        })),
      ),
      runs.map((run) => run.needId),
    ],
  });
  return new Map(
    rows.map((row) => [row.need_id, { alerted: new Map(Object.entries(row.alerted)), removed: row.removed }]),
  );
}
