import type { ProblemCode } from '@zamena/shared/common/problem-codes';
import { type Actor, isAnalyst } from '../../lib/actor';

/** DESIGN.md §3 for bids, as pure predicates the services apply. */

type NeedOwners = { buyerOrganizationId: string; postedByOrganizationId: string };
type BidOwners = { bidderOrganizationId: string };

/** The buyer and the centre that posted the need for it. */
export const isBuyerSide = (actor: Actor, need: NeedOwners) =>
  need.buyerOrganizationId === actor.organizationId || need.postedByOrganizationId === actor.organizationId;

/** The buyer side and analysts see every bid on a need; a bidder only its own. */
export const seesAllBids = (actor: Actor, need: NeedOwners) => isAnalyst(actor) || isBuyerSide(actor, need);

export const canSeeBid = (actor: Actor, need: NeedOwners, bid: BidOwners) =>
  seesAllBids(actor, need) || bid.bidderOrganizationId === actor.organizationId;

/** Accepting and rejecting: the buyer or the posting centre, never analysts or administrators as such. */
export const canDecideBid = (actor: Actor, need: NeedOwners) => isBuyerSide(actor, need);

export type Refusal = { status: 403 | 409; code: ProblemCode; message: string };

/** Only a manufacturing enterprise bids, and never on a need its own organization buys or posted. */
export function bidderRefusal(actor: Actor, need: NeedOwners): Refusal | null {
  if (actor.isAdmin || actor.organizationKind !== 'enterprise') {
    return {
      status: 403,
      code: 'enterprises_only',
      message: 'Only manufacturing enterprises bid; centres, associations and administrators do not',
    };
  }
  if (isBuyerSide(actor, need)) {
    return { status: 403, code: 'own_need', message: 'An organization cannot bid on its own need' };
  }
  return null;
}
