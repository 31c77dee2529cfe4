import { MATCHING_NOTIFICATION_KINDS as KINDS } from '@zamena/shared/notifications/notifications.schemas';
import { okpd2Path } from '@zamena/shared/domain/okpd2';
import type pg from 'pg';
import type { Db } from '../../db/client';
import { type AddressedEvent, notifyMany, notifyManyByKey } from '../notifications/notify';
import { findCapabilityCandidates } from './capability-candidates.query';
import { createCandidatesRepo, groupOf, type NeedForMatching } from './candidates.repo';
import { createClientTransactions } from './client-transaction';
import { needRunEvents, titleOf } from './need-run-events';
import { lockAndLoadNeeds, type NeedRunWrite, writeNeedsMatches } from './need-run.queries';
import { createMatchesRepo, type MatchWrite } from './matches.repo';
import { MATCHING_CONFIG, type MatchingConfig, scoreMatch, selectTop } from './scoring';

type Deps = { db: Db; pool: pg.Pool; config?: MatchingConfig; clock?: () => Date };

export type NeedRun = { needId: string; version: number };

export type MatchRunResult =
  | { outcome: 'matched'; matches: number; added: number; removed: number; notified: number }
  | { outcome: 'cleared'; removed: number }
  | { outcome: 'skipped'; reason: 'missing' | 'superseded' | 'not_open' };

/** Statuses after which a need takes no offers: its proposed matches go (reviewed ones stay). */
const CLOSED_NEED_STATUSES = ['draft', 'cancelled', 'expired', 'closed'];

/**
 * The match-need and match-capability jobs (DESIGN.md §4). Each run (or batch of match-need runs) is
 * one transaction: candidates, scores, the upsert of the top K, removal of stale proposals and the
 * notifications they cause, so a rerun (a retried or replayed job) finds everything in place and
 * notifies no one again.
 */
export function createMatchingEngine({ db, pool, config = MATCHING_CONFIG, clock = () => new Date() }: Deps) {
  const today = () => clock().toISOString().slice(0, 10);
  const inTransaction = createClientTransactions(pool);

  /** The matches a need keeps: its candidates scored, the best `topK` above the threshold. */
  async function keptMatchesOf(client: pg.PoolClient, need: NeedForMatching, date: string) {
    const found = await findCapabilityCandidates(client, need, okpd2Path(need.okpd2), {
      limit: config.maxCandidates,
      enough: config.topK,
    });
    return selectTop(
      found.map(({ item, signals }) => ({
        id: item.id,
        capability: item,
        ...scoreMatch(need, item, signals, date, config),
      })),
      config,
    );
  }

  type KeptMatches = Awaited<ReturnType<typeof keptMatchesOf>>;

  /**
   * Matches several needs in one transaction (the worker batches the match-need jobs that wait
   * together): one lock and load, a candidate query per need, one write and one notification insert
   * for all. Results in the order of `runs`.
   */
  async function matchNeeds(runs: NeedRun[]): Promise<MatchRunResult[]> {
    return inTransaction(async (tx, client) => {
      const needs = await lockAndLoadNeeds(
        client,
        runs.map((run) => run.needId),
      );
      const date = today();
      const writes: NeedRunWrite[] = [];
      const keptByNeed = new Map<string, KeptMatches>();
      const results = runs.map((run): MatchRunResult | undefined => {
        const need = needs.get(run.needId);
        if (!need) return { outcome: 'skipped', reason: 'missing' };
        // A later version has its own job; this one would only redo work with stale facts.
        if (need.version > run.version) return { outcome: 'skipped', reason: 'superseded' };
        if (CLOSED_NEED_STATUSES.includes(need.status)) {
          writes.push({ needId: need.id, needVersion: need.version, kept: [] });
          return undefined;
        }
        if (need.status !== 'open') return { outcome: 'skipped', reason: 'not_open' };
        keptByNeed.set(need.id, []);
        return undefined;
      });
      // Sequential: the candidate queries share the transaction's connection.
      for (const needId of keptByNeed.keys()) {
        const kept = await keptMatchesOf(client, needs.get(needId)!, date);
        keptByNeed.set(needId, kept);
        writes.push({
          needId,
          needVersion: needs.get(needId)!.version,
          kept: kept.map((match) => ({
            capabilityId: match.id,
            manufacturerOrganizationId: match.capability.manufacturerOrganizationId,
            score: match.score,
            components: match.components,
            interregional: match.interregional,
            distanceKm: match.distanceKm,
          })),
        });
      }
      const written = await writeNeedsMatches(client, writes);
      const eventsByNeed = new Map(
        [...keptByNeed].map(([needId, kept]) => [
          needId,
          needRunEvents(needs.get(needId)!, kept, written.get(needId)?.added ?? []),
        ]),
      );
      const created = await notifyManyByKey(tx, [...eventsByNeed.values()].flat());
      const notifiedBy = new Map(
        [...eventsByNeed].map(([needId, events]) => [
          needId,
          events.reduce((sum, { event }) => sum + (created.get(event.dedupeKey) ?? 0), 0),
        ]),
      );
      return runs.map((run, index): MatchRunResult => {
        const done = results[index];
        if (done) return done;
        const { added = [], removed = 0 } = written.get(run.needId) ?? {};
        const kept = keptByNeed.get(run.needId);
        if (!kept) return { outcome: 'cleared', removed };
        return {
          outcome: 'matched',
          matches: kept.length,
          added: added.length,
          removed,
          notified: notifiedBy.get(run.needId) ?? 0,
        };
      });
    });
  }

  const matchNeed = async (needId: string, version: number): Promise<MatchRunResult> =>
    (await matchNeeds([{ needId, version }]))[0]!;

  async function matchCapability(capabilityId: string, version: number): Promise<MatchRunResult> {
    return db.transaction(async (tx) => {
      const candidates = createCandidatesRepo(tx);
      const repo = createMatchesRepo(tx);
      const capability = await candidates.capability(capabilityId);
      if (!capability) return { outcome: 'skipped', reason: 'missing' } as const;
      if (capability.version > version) return { outcome: 'skipped', reason: 'superseded' } as const;
      if (!capability.active) {
        const removed = await repo.removeStaleOfCapability(capabilityId, []);
        await repo.signalCommitted(`capability,${capabilityId},${capability.version}`);
        return { outcome: 'cleared', removed } as const;
      }

      await candidates.setTrigramThresholds();
      const found = await candidates.needsFor(
        capability,
        [...new Set(capability.okpd2.map((code) => groupOf(okpd2Path(code))))],
        [...new Set(capability.okpd2.flatMap(okpd2Path))],
        config.maxReverseCandidates,
      );
      const date = today();
      const passing = found
        .map(({ item, signals }) => ({ need: item, ...scoreMatch(item, capability, signals, date, config) }))
        .filter((match) => match.score >= config.threshold);

      await repo.lockNeeds(passing.map((match) => match.need.id));
      const existing = await repo.existingForNeeds(passing.map((match) => match.need.id));
      const kept = passing.filter((match) => {
        const others = existing.filter(
          (row) => row.needId === match.need.id && row.capabilityId !== capabilityId,
        );
        const ranked = selectTop(
          [
            ...others.map((row) => ({ id: row.capabilityId, score: row.score })),
            {
              id: capabilityId,
              score: match.score,
            },
          ],
          { threshold: 0, topK: config.topK },
        );
        return ranked.some((row) => row.id === capabilityId);
      });
      const added = await repo.upsert(
        kept.map((match): MatchWrite => ({
          needId: match.need.id,
          capabilityId,
          manufacturerOrganizationId: capability.manufacturerOrganizationId,
          score: match.score,
          components: match.components,
          interregional: match.interregional,
          distanceKm: match.distanceKm,
          needVersion: match.need.version,
        })),
      );
      const keptNeedIds = kept.map((match) => match.need.id);
      const removed =
        (await repo.removeStaleOfCapability(capabilityId, keptNeedIds)) +
        (await repo.trimNeeds(keptNeedIds, config.topK));

      const newNeedIds = new Set(added.map((pair) => pair.needId));
      const newNeeds: NeedForMatching[] = kept
        .filter((match) => newNeedIds.has(match.need.id))
        .map((match) => match.need);
      const manufacturer = capability.manufacturerOrganizationId;
      const events: AddressedEvent[] = newNeeds.map((need) => ({
        organizationIds: [need.buyerOrganizationId, need.postedByOrganizationId],
        event: {
          kind: KINDS.needSupplierFound,
          payload: {
            needId: need.id,
            needTitle: titleOf(need.title),
            capabilityId,
            capabilityTitle: titleOf(capability.title),
            manufacturerName: capability.manufacturerName,
          },
          dedupeKey: `need-supplier-${need.id}-${manufacturer}`,
        },
      }));
      if (newNeeds.length > 0) {
        events.push({
          organizationIds: [manufacturer],
          event: {
            kind: KINDS.capabilityMatched,
            payload: { capabilityId, capabilityTitle: titleOf(capability.title), needs: newNeeds.length },
            dedupeKey: `capability-matched-${capabilityId}-v${capability.version}`,
          },
        });
      }
      const notified = await notifyMany(tx, events);
      await repo.signalCommitted(`capability,${capabilityId},${capability.version}`);
      return { outcome: 'matched', matches: kept.length, added: added.length, removed, notified } as const;
    });
  }

  return { matchNeed, matchNeeds, matchCapability };
}
export type MatchingEngine = ReturnType<typeof createMatchingEngine>;
