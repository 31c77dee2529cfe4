import { type Actor, isAnalyst } from '../../lib/actor';

/** Who the protocol concerns: the need's buyer side and the winning supplier. */
export type ProtocolParties = {
  buyerOrganizationId: string;
  postedByOrganizationId: string;
  supplierOrganizationId: string;
};

/**
 * Both sides of the deal and analysts read a protocol (issue 22); nobody else. Losing bidders do not:
 * it lists every bidder's price and terms, and DESIGN.md §3 shows a bidder only its own bid (their
 * notice of rejection says the need went to another offer). Others get 404, so ids cannot be probed.
 */
export const canSeeProtocol = (actor: Actor, parties: ProtocolParties) =>
  isAnalyst(actor) ||
  [parties.buyerOrganizationId, parties.postedByOrganizationId, parties.supplierOrganizationId].includes(
    actor.organizationId,
  );
