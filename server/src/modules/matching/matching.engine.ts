import { MATCHING_NOTIFICATION_KINDS as KINDS } from '@zamena/shared/notifications/notifications.schemas';
import { okpd2Path } from '@zamena/shared/domain/okpd2';
import type pg from 'pg';
import type { Db } from '../../db/client';
import { type AddressedEvent, notifyMany } from '../notifications/notify';
import { findCapabilityCandidates } from './capability-candidates.query';
import { createCandidatesRepo, groupOf, type NeedForMatching } from './candidates.repo';
import { createClientTransactions } from './client-transaction';
import { lockAndLoadNeed, writeNeedMatches } from './need-run.queries';
import { createMatchesRepo, type MatchWrite } from './matches.repo';
import { MATCHING_CONFIG, type MatchingConfig, scoreMatch, selectTop } from './scoring';

type Deps = { db: Db; pool: pg.Pool; config?: MatchingConfig; clock?: () => Date };

export type MatchRunResult =
  | { outcome: 'matched'; matches: number; added: number; removed: number; notified: number }
  | { outcome: 'cleared'; removed: number }
  | { outcome: 'skipped'; reason: 'missing' | 'superseded' | 'not_open' };

/** Statuses after which a need takes no offers: its proposed matches go (reviewed ones stay). */
const CLOSED_NEED_STATUSES = ['draft', 'cancelled', 'expired', 'closed'];

const titleOf = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/**
 * The match-need and match-capability jobs (DESIGN.md §4). Each run is one transaction: candidates,
 * scores, the upsert of the top K, removal of stale proposals and the notifications they cause, so
 * a rerun (a retried or replayed job) finds everything in place and notifies no one again.
 */
export function createMatchingEngine({ db, pool, config = MATCHING_CONFIG, clock = () => new Date() }: Deps) {
  const today = () => clock().toISOString().slice(0, 10);
  const inTransaction = createClientTransactions(pool);

  async function matchNeed(needId: string, version: number): Promise<MatchRunResult> {
    return inTransaction(async (tx, client) => {
      const need = await lockAndLoadNeed(client, needId);
      if (!need) return { outcome: 'skipped', reason: 'missing' } as const;
      // A later version has its own job; this one would only redo work with stale facts.
      if (need.version > version) return { outcome: 'skipped', reason: 'superseded' } as const;
      if (CLOSED_NEED_STATUSES.includes(need.status)) {
        const { removed } = await writeNeedMatches(client, needId, need.version, []);
        return { outcome: 'cleared', removed } as const;
      }
      if (need.status !== 'open') return { outcome: 'skipped', reason: 'not_open' } as const;

      const found = await findCapabilityCandidates(client, need, okpd2Path(need.okpd2), config.maxCandidates);
      const date = today();
      const kept = selectTop(
        found.map(({ item, signals }) => ({
          id: item.id,
          capability: item,
          ...scoreMatch(need, item, signals, date, config),
        })),
        config,
      );
      const { added, removed } = await writeNeedMatches(
        client,
        needId,
        need.version,
        kept.map((match) => ({
          capabilityId: match.id,
          manufacturerOrganizationId: match.capability.manufacturerOrganizationId,
          score: match.score,
          components: match.components,
          interregional: match.interregional,
          distanceKm: match.distanceKm,
        })),
      );

      const newIds = new Set(added);
      const events: AddressedEvent[] = [];
      if (kept.length > 0) {
        events.push({
          organizationIds: [need.buyerOrganizationId, need.postedByOrganizationId],
          event: {
            kind: KINDS.needMatched,
            payload: { needId, needTitle: titleOf(need.title), suppliers: kept.length },
            dedupeKey: `need-matched-${needId}-v${need.version}`,
          },
        });
      }
      // One notification per manufacturer, for its best new capability.
      const seen = new Set<string>();
      for (const match of kept) {
        const manufacturer = match.capability.manufacturerOrganizationId;
        if (!newIds.has(match.id) || seen.has(manufacturer)) continue;
        seen.add(manufacturer);
        events.push({
          organizationIds: [manufacturer],
          event: {
            kind: KINDS.capabilityNeedFits,
            payload: {
              needId,
              needTitle: titleOf(need.title),
              capabilityId: match.id,
              capabilityTitle: titleOf(match.capability.title),
              score: match.score,
            },
            dedupeKey: `need-fits-${needId}-${manufacturer}`,
          },
        });
      }
      const notified = await notifyMany(tx, events);
      return { outcome: 'matched', matches: kept.length, added: added.length, removed, notified } as const;
    });
  }

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

  return { matchNeed, matchCapability };
}
export type MatchingEngine = ReturnType<typeof createMatchingEngine>;
