import type { ProblemCode } from '@zamena/shared/common/problem-codes';
import type { LotStatus } from '@zamena/shared/lots/lots.schemas';
import { type Actor, isAnalyst } from '../../lib/actor';

/** DESIGN.md §3 for lots, as pure predicates the service applies. */

type LotFacts = { status: string; publishedAt: Date | null; regionCodes: readonly string[] };

/**
 * Analysts see every lot; a verified centre the lots touching its region (`centreRegion`);
 * everyone signed in the lots that have been published (published, or archived after it).
 */
export function canSeeLot(actor: Actor, lot: LotFacts, centreRegion: string | null): boolean {
  if (isAnalyst(actor)) return true;
  if (lot.publishedAt !== null) return true;
  return centreRegion !== null && lot.regionCodes.includes(centreRegion);
}

/** What a list may show to the actor (before the `status` filter they asked for). */
export function visibleLotStatuses(actor: Actor, centreRegion: string | null): readonly LotStatus[] {
  if (isAnalyst(actor) || centreRegion !== null) return ['draft', 'published', 'archived'];
  return ['published', 'archived'];
}

/** The statuses a list shows: those asked for among the visible ones; by default published (and drafts for analysts). */
export function listedLotStatuses(
  actor: Actor,
  centreRegion: string | null,
  asked: readonly LotStatus[] | undefined,
): LotStatus[] {
  const visible = visibleLotStatuses(actor, centreRegion);
  if (asked) return asked.filter((status) => visible.includes(status));
  return visible.filter((status) => status !== 'archived');
}

/** Manufacturers bid: enterprises (never associations, centres or the platform admin), not on their own demand. */
export type BidRefusal = { status: 403; code: ProblemCode; message: string };

export function lotBidderRefusal(actor: Actor, buyerIds: readonly string[]): BidRefusal | null {
  if (actor.isAdmin || actor.organizationKind !== 'enterprise') {
    return { status: 403, code: 'bidders_only', message: 'Only manufacturers (enterprises) bid on lots' };
  }
  if (buyerIds.includes(actor.organizationId)) {
    return { status: 403, code: 'own_lot', message: 'The lot pools needs of your organization' };
  }
  return null;
}
