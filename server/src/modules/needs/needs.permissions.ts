import type { ProblemCode } from '@zamena/shared/common/problem-codes';
import type { NeedStatus } from '@zamena/shared/needs/needs.schemas';
import { type Actor, isAnalyst } from '../../lib/actor';

/** DESIGN.md §3 for needs, as pure predicates the service applies. */

/** Everyone signed in sees these; drafts, cancelled and closed needs stay with their owners and analysts. */
export const PUBLIC_NEED_STATUSES: readonly NeedStatus[] = ['open', 'awarded', 'expired'];

type NeedOwners = { status: string; buyerOrganizationId: string; postedByOrganizationId: string };

const isOwner = (actor: Actor, need: NeedOwners) =>
  need.buyerOrganizationId === actor.organizationId || need.postedByOrganizationId === actor.organizationId;

export const canSeeNeed = (actor: Actor, need: NeedOwners) =>
  isAnalyst(actor) || isOwner(actor, need) || (PUBLIC_NEED_STATUSES as string[]).includes(need.status);

/**
 * Buyer contacts are for the buyer, the posting centre and analysts, and for a supplier once one of
 * its bids on the need was accepted (`hasOrder`: it supplies an order on this need).
 */
export const canSeeBuyerContacts = (actor: Actor, need: NeedOwners, hasOrder = false) =>
  isAnalyst(actor) || isOwner(actor, need) || hasOrder;

/** The buyer, the centre that posted it, or an administrator (an unverified centre is refused separately). */
export const canManageNeed = (actor: Actor, need: NeedOwners) => actor.isAdmin || isOwner(actor, need);

/** A centre acts for its region only once verified (DESIGN.md §3). */
export const mustBeVerifiedCentre = (actor: Actor) => actor.organizationKind === 'center' && !actor.isAdmin;

export type Refusal = { status: 400 | 403; code: ProblemCode; message: string; path?: string };

/** Who may post needs at all: enterprises, centres, administrators; never an association. */
export function needPosterRefusal(actor: Actor): Refusal | null {
  if (actor.isAdmin || actor.organizationKind === 'enterprise' || actor.organizationKind === 'center')
    return null;
  return { status: 403, code: 'association_cannot_post', message: 'Associations do not post needs' };
}

export type BuyerFacts = { id: string; kind: string; regionCode: string };

/**
 * Whose need it is. An enterprise buys for itself; a centre names an enterprise of its own region;
 * an administrator names any enterprise. `buyer` is the organization `buyerId` names, if it exists.
 */
export function needBuyerRefusal(
  actor: Actor,
  buyerId: string | undefined,
  buyer: BuyerFacts | undefined,
): Refusal | null {
  const path = 'buyerOrganizationId';
  if (!actor.isAdmin && actor.organizationKind === 'enterprise') {
    if (buyerId === undefined || buyerId === actor.organizationId) return null;
    return {
      status: 403,
      code: 'cannot_post_for_others',
      message: 'An enterprise posts its own needs; a centre posts for enterprises of its region',
      path,
    };
  }
  if (buyerId === undefined) {
    return { status: 400, code: 'buyer_required', message: 'name the enterprise the need is for', path };
  }
  if (!buyer) return { status: 400, code: 'unknown_buyer', message: 'no such organization', path };
  if (buyer.kind !== 'enterprise') {
    return { status: 400, code: 'buyer_not_enterprise', message: 'the buyer must be an enterprise', path };
  }
  if (!actor.isAdmin && buyer.regionCode !== actor.regionCode) {
    return {
      status: 403,
      code: 'buyer_outside_region',
      message: 'a centre posts needs only for enterprises of its own region',
      path,
    };
  }
  return null;
}
