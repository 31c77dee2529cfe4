import type pg from 'pg';
import { notifyManyByKey } from '../notifications/notify';
import { findCapabilityCandidates } from './capability-candidates.query';
import { type CapabilityWithText, createCandidatesRepo, groupOf } from './candidates.repo';
import { capabilityRunEvents } from './capability-run-events';
import { createMatchScorer } from './match-scorer';
import { needRunEvents } from './need-run-events';
import { loadTermStats, lockAndLoadNeeds, type NeedRunWrite, writeNeedsMatches } from './need-run.queries';
import { createMatchesRepo, type MatchWrite } from './matches.repo';
import type { MatchProfile } from './relevance/match-profile';
import { headKeysOf } from './relevance/relevance';
import { relevanceModel, type RelevanceModel, termsOf, titleTermsOf } from './relevance/relevance-model';
import { MATCHING_CONFIG, type MatchingConfig, type ScoredMatch, selectTop } from './scoring';
import { createTransactions } from '../../db/transactions';

type Deps = {
  pool: pg.Pool;
  config?: MatchingConfig;
  model?: RelevanceModel;
  clock?: () => Date;
};

export type NeedRun = { needId: string; version: number };

export type MatchRunResult =
  | { outcome: 'matched'; matches: number; strong: number; removed: number; notified: number }
  | { outcome: 'cleared'; removed: number }
  | { outcome: 'skipped'; reason: 'missing' | 'superseded' | 'not_open' };

/** Statuses after which a need takes no offers: its proposed matches go (reviewed ones stay). */
const CLOSED_NEED_STATUSES = ['draft', 'cancelled', 'expired', 'closed'];

type KeptMatch = ScoredMatch & { id: string; capability: CapabilityWithText };

/** What is written of a scored pair, by either run. */
const scoredFields = (match: ScoredMatch, capabilityId: string, manufacturerOrganizationId: string) => ({
  capabilityId,
  manufacturerOrganizationId,
  score: match.score,
  relevance: match.relevance,
  notified: match.notified,
  components: match.components,
  interregional: match.interregional,
  distanceKm: match.distanceKm,
});

const toWrite = (match: KeptMatch) =>
  scoredFields(match, match.id, match.capability.manufacturerOrganizationId);

/**
 * The match-need and match-capability jobs (DESIGN.md §4). Each run (or batch of match-need runs) is
 * one transaction: candidates, relevance and fit, the upsert of the best `topK` strong and possible
 * matches, removal of stale proposals, the run's record and the notifications it causes (strong
 * matches only), so a rerun (a retried or replayed job) finds everything in place and notifies no one
 * again.
 */
export function createMatchingEngine({
  pool,
  config = MATCHING_CONFIG,
  model = relevanceModel(),
  clock = () => new Date(),
}: Deps) {
  const today = () => clock().toISOString().slice(0, 10);
  const inTransaction = createTransactions(pool);
  const scorer = createMatchScorer(model, config);

  /**
   * Matches several needs in one transaction (the worker batches the match-need jobs that wait
   * together): one lock and load, one read of term statistics, a candidate query per need, one write
   * and one notification insert for all. Results in the order of `runs`.
   */
  async function matchNeeds(runs: NeedRun[]): Promise<MatchRunResult[]> {
    return inTransaction(async (tx, client) => {
      const needs = await lockAndLoadNeeds(
        client,
        runs.map((run) => run.needId),
      );
      const date = today();
      const writes: NeedRunWrite[] = [];
      const open = new Map<string, { profile: MatchProfile; terms: string[] }>();
      const results = runs.map((run): MatchRunResult | undefined => {
        const need = needs.get(run.needId);
        if (!need) return { outcome: 'skipped', reason: 'missing' };
        // A later version has its own job; this one would only redo work with stale facts.
        if (need.version > run.version) return { outcome: 'skipped', reason: 'superseded' };
        if (CLOSED_NEED_STATUSES.includes(need.status)) {
          writes.push({ needId: need.id, needVersion: need.version, kept: [], profile: null });
          return undefined;
        }
        if (need.status !== 'open') return { outcome: 'skipped', reason: 'not_open' };
        const profile = scorer.profileOfNeed(need);
        open.set(need.id, { profile, terms: termsOf(profile) });
        return undefined;
      });
      const stats = await loadTermStats(client, [...new Set([...open.values()].flatMap((p) => p.terms))]);
      const rarity = scorer.rarityOf(stats);
      const keptByNeed = new Map<string, KeptMatch[]>();
      // Sequential: the candidate queries share the transaction's connection.
      for (const [needId, { profile, terms }] of open) {
        const need = needs.get(needId)!;
        const path = scorer.pathOf(need.okpd2);
        const candidates = await findCapabilityCandidates(client, need, profile, terms, path, {
          limit: config.maxCandidates,
          neighbours: config.maxNeighbours,
          enough: config.topK,
          profileVersion: model.profileVersion,
        });
        const prepared = scorer.prepare(profile, rarity);
        const kept = selectTop(
          candidates.map((capability) => ({
            id: capability.id,
            capability,
            ...scorer.score(need, prepared, capability, scorer.profileOfCapability(capability), date),
          })),
          config,
        );
        keptByNeed.set(needId, kept);
        writes.push({
          needId,
          needVersion: need.version,
          kept: kept.map(toWrite),
          profile: { version: model.profileVersion, titleTerms: titleTermsOf(profile), value: profile },
        });
      }
      const written = await writeNeedsMatches(client, writes);
      const eventsByNeed = new Map(
        [...keptByNeed].map(([needId, kept]) => [
          needId,
          needRunEvents(needs.get(needId)!, kept, written.get(needId)?.alerted ?? new Map()),
        ]),
      );
      const created = await notifyManyByKey(tx, [...eventsByNeed.values()].flat());
      return runs.map((run, index): MatchRunResult => {
        const done = results[index];
        if (done) return done;
        const { removed = 0 } = written.get(run.needId) ?? {};
        const kept = keptByNeed.get(run.needId);
        if (!kept) return { outcome: 'cleared', removed };
        return {
          outcome: 'matched',
          matches: kept.length,
          strong: kept.filter((match) => match.notified).length,
          removed,
          notified: (eventsByNeed.get(run.needId) ?? []).reduce(
            (sum, { event }) => sum + (created.get(event.dedupeKey) ?? 0),
            0,
          ),
        };
      });
    });
  }

  const matchNeed = async (needId: string, version: number): Promise<MatchRunResult> =>
    (await matchNeeds([{ needId, version }]))[0]!;

  /**
   * Reverse matching: a new or changed capability against open needs. Its profile is stored first (the
   * candidate index and term statistics follow it); a need keeps it only when it enters that need's
   * best `topK`.
   */
  async function matchCapability(capabilityId: string, version: number): Promise<MatchRunResult> {
    return inTransaction(async (tx, client) => {
      const candidates = createCandidatesRepo(tx);
      const repo = createMatchesRepo(tx);
      const capability = await candidates.capability(capabilityId);
      if (!capability) return { outcome: 'skipped', reason: 'missing' } as const;
      if (capability.version > version) return { outcome: 'skipped', reason: 'superseded' } as const;
      const profile = scorer.profileOfCapability(capability);
      await candidates.saveCapabilityProfiles([
        {
          capabilityId,
          capabilityVersion: capability.version,
          profileVersion: model.profileVersion,
          profile,
        },
      ]);
      if (!capability.active) {
        const removed = await repo.removeStaleOfCapability(capabilityId, null, []);
        await repo.signalCommitted(`capability,${capabilityId},${capability.version}`);
        return { outcome: 'cleared', removed } as const;
      }

      await repo.setTrigramThresholds();
      const proposedBefore = await repo.proposedNeedsOf(capabilityId);
      const needs = await candidates.needsFor(
        capability,
        [...new Set(capability.okpd2.map((code) => groupOf(scorer.pathOf(code))))],
        headKeysOf(profile),
        [...new Set(capability.okpd2.flatMap(scorer.pathOf))],
        config.maxReverseCandidates,
      );
      const needProfiles = new Map(needs.map((need) => [need.id, scorer.profileOfNeed(need)]));
      const stats = await loadTermStats(client, [...new Set([...needProfiles.values()].flatMap(termsOf))]);
      const rarity = scorer.rarityOf(stats);
      const date = today();
      const passing = needs
        .map((need) => ({
          need,
          ...scorer.score(
            need,
            scorer.prepare(needProfiles.get(need.id)!, rarity),
            capability,
            profile,
            date,
          ),
        }))
        .filter((match) => match.relevance >= config.possibleThreshold);

      // Every need whose matches with this capability the run may write or remove, in one sorted lock.
      const lookedAt = [...new Set([...proposedBefore, ...needs.map((need) => need.id)])];
      await repo.lockNeeds(lookedAt);
      const existing = await repo.existingForNeeds(passing.map((match) => match.need.id));
      const kept = passing.filter((match) => {
        const others = existing.filter(
          (row) => row.needId === match.need.id && row.capabilityId !== capabilityId,
        );
        const ranked = selectTop(
          [...others, { capabilityId, score: match.score, relevance: match.relevance }].map((row) => ({
            id: row.capabilityId,
            score: row.score,
            relevance: row.relevance,
          })),
          { possibleThreshold: 0, topK: config.topK },
        );
        return ranked.some((row) => row.id === capabilityId);
      });
      await repo.upsert(
        kept.map((match): MatchWrite => ({
          ...scoredFields(match, capabilityId, capability.manufacturerOrganizationId),
          needId: match.need.id,
          needVersion: match.need.version,
        })),
      );
      const keptNeedIds = kept.map((match) => match.need.id);
      const removed =
        (await repo.removeStaleOfCapability(capabilityId, lookedAt, keptNeedIds)) +
        (await repo.trimNeeds(keptNeedIds, config.topK));
      // Alert only on pairs that were not strong before (a rerun or a possible match that stays possible alerts nobody).
      const wasStrong = new Set(
        existing.filter((row) => row.capabilityId === capabilityId && row.notified).map((row) => row.needId),
      );
      const alerted = kept
        .filter((match) => match.notified && !wasStrong.has(match.need.id))
        .map((m) => m.need);
      const created = await notifyManyByKey(tx, capabilityRunEvents(capability, alerted));
      await repo.signalCommitted(`capability,${capabilityId},${capability.version}`);
      return {
        outcome: 'matched',
        matches: kept.length,
        strong: kept.filter((match) => match.notified).length,
        removed,
        notified: [...created.values()].reduce((sum, count) => sum + count, 0),
      } as const;
    });
  }

  return { matchNeed, matchNeeds, matchCapability };
}
export type MatchingEngine = ReturnType<typeof createMatchingEngine>;
