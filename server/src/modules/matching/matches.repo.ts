import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import type { DbExecutor } from '../../db/client';
import { matches } from '../../db/schema';

export type MatchWrite = {
  needId: string;
  capabilityId: string;
  manufacturerOrganizationId: string;
  score: number;
  relevance: number;
  notified: boolean;
  components: MatchComponents;
  interregional: boolean;
  distanceKm: number;
  needVersion: number;
};

/**
 * `status = 'proposed'` as a filter only: as an index condition (matches_status_idx) the planner,
 * misled by a few stale statistics, would read every proposed match of every need to find 20.
 */
const proposedOnly = sql`(${matches.status} = 'proposed') IS TRUE`;

export type ExistingMatch = {
  needId: string;
  capabilityId: string;
  score: number;
  relevance: number;
  notified: boolean;
  status: string;
};

/** A proposal nobody has answered: an analyst's review or the manufacturer's verdict keeps a match as labelled data. */
const unanswered = sql`${proposedOnly} AND ${matches.supplierVerdict} IS NULL`;

/** Advisory-lock namespace of matching runs (the two-key form: this class, hash of the need id). */
export const NEED_LOCK_CLASS = 4_270_001;

/** Observers (benchmarks, tests) LISTEN here; the payload arrives when the run's transaction commits. */
export const MATCHING_CHANNEL = 'matching';

export function createMatchesRepo(db: DbExecutor) {
  return {
    /** The trigram operators' thresholds, for this transaction only (they are session settings). */
    setTrigramThresholds: () =>
      db.execute(
        sql`SELECT set_config('pg_trgm.similarity_threshold', '0.4', true), set_config('pg_trgm.word_similarity_threshold', '0.6', true)`,
      ),

    /**
     * Serialises runs that write a need's matches (its own run and reverse runs of capabilities), so
     * top-K trimming sees every committed match. Sorted, so two runs never wait on each other in a cycle.
     */
    async lockNeeds(needIds: string[]): Promise<void> {
      const keys = [...new Set(needIds)].sort();
      if (keys.length === 0) return;
      await db.execute(
        sql`SELECT pg_advisory_xact_lock(${NEED_LOCK_CLASS}, hashtext(id)) FROM unnest(${sql.param(keys)}::text[]) WITH ORDINALITY AS t(id, position) ORDER BY position`,
      );
    },

    async existingForNeeds(needIds: string[]): Promise<ExistingMatch[]> {
      if (needIds.length === 0) return [];
      const rows = await db
        .select({
          needId: matches.needId,
          capabilityId: matches.capabilityId,
          score: matches.score,
          relevance: matches.relevance,
          notified: matches.notified,
          status: matches.status,
        })
        .from(matches)
        .where(inArray(matches.needId, needIds));
      return rows.map((row) => ({ ...row, score: Number(row.score), relevance: Number(row.relevance) }));
    },

    /**
     * Inserts new pairs and refreshes existing ones (their review status stays); a row whose values
     * did not change is not touched, so a rerun changes nothing. Returns the pairs that are new.
     */
    async upsert(rows: MatchWrite[]): Promise<{ needId: string; capabilityId: string }[]> {
      if (rows.length === 0) return [];
      const written = await db
        .insert(matches)
        .values(
          rows.map((row) => ({ ...row, score: row.score.toFixed(4), relevance: row.relevance.toFixed(4) })),
        )
        .onConflictDoUpdate({
          target: [matches.needId, matches.capabilityId],
          set: {
            score: sql`excluded.score`,
            relevance: sql`excluded.relevance`,
            notified: sql`excluded.notified`,
            components: sql`excluded.components`,
            interregional: sql`excluded.interregional`,
            distanceKm: sql`excluded.distance_km`,
            needVersion: sql`excluded.need_version`,
            manufacturerOrganizationId: sql`excluded.manufacturer_organization_id`,
            updatedAt: sql`now()`,
          },
          setWhere: sql`(${matches.score}, ${matches.relevance}, ${matches.notified}, ${matches.components}, ${matches.interregional}, ${matches.distanceKm}, ${matches.needVersion})
            IS DISTINCT FROM (excluded.score, excluded.relevance, excluded.notified, excluded.components, excluded.interregional, excluded.distance_km, excluded.need_version)`,
        })
        .returning({
          needId: matches.needId,
          capabilityId: matches.capabilityId,
          inserted: sql<boolean>`(xmax = 0)`,
        });
      return written.filter((row) => row.inserted);
    },

    /** The needs a capability has proposed matches with now (before its run looks for candidates). */
    async proposedNeedsOf(capabilityId: string): Promise<string[]> {
      const rows = await db
        .select({ needId: matches.needId })
        .from(matches)
        .where(and(eq(matches.capabilityId, capabilityId), unanswered));
      return rows.map((row) => row.needId);
    },

    /**
     * Proposed matches of the capability with the needs its run looked at (`lookedAt`: its candidates
     * and the needs it had matches with when it began; all needs when null) and did not keep. A need
     * published while the run went on is not among them: its own run's match with the capability stays.
     * Answered matches stay as labelled data.
     */
    async removeStaleOfCapability(
      capabilityId: string,
      lookedAt: string[] | null,
      keptNeedIds: string[],
    ): Promise<number> {
      if (lookedAt !== null && lookedAt.length === 0) return 0;
      const removed = await db
        .delete(matches)
        .where(
          and(
            eq(matches.capabilityId, capabilityId),
            unanswered,
            lookedAt !== null ? inArray(matches.needId, lookedAt) : undefined,
            keptNeedIds.length > 0 ? notInArray(matches.needId, keptNeedIds) : undefined,
          ),
        )
        .returning({ id: matches.id });
      return removed.length;
    },

    /** Keeps each need's best `topK` proposed matches (a reverse run may have pushed one out). */
    async trimNeeds(needIds: string[], topK: number): Promise<number> {
      if (needIds.length === 0) return 0;
      const removed = await db.execute(sql`
        DELETE FROM matches m USING (
          SELECT id, row_number() OVER (PARTITION BY need_id ORDER BY score DESC, capability_id) AS position
          FROM matches WHERE need_id = ANY(${sql.param(needIds)}::uuid[]) AND status <> 'dismissed' AND supplier_verdict IS NULL
        ) ranked
        WHERE m.id = ranked.id AND ranked.position > ${topK} AND m.status = 'proposed' AND m.supplier_verdict IS NULL`);
      return removed.rowCount ?? 0;
    },

    signalCommitted: (payload: string) => db.execute(sql`SELECT pg_notify(${MATCHING_CHANNEL}, ${payload})`),
  };
}
export type MatchesRepo = ReturnType<typeof createMatchesRepo>;
