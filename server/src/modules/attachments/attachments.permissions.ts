import type { AttachmentOwnerKind } from '@zamena/shared/attachments/attachments.schemas';
import type { Actor } from '../../lib/actor';

/** Who adds files to an object (DESIGN.md §3): its owner side, never a reader such as an analyst. */

type NeedOwners = { buyerOrganizationId: string; postedByOrganizationId: string };
type OrderParties = NeedOwners & { supplierOrganizationId: string };

/** The organizations whose members may attach files to an object of each kind. */
export const writersOf = {
  need: (need: NeedOwners) => [need.buyerOrganizationId, need.postedByOrganizationId],
  capability: (capability: { manufacturerOrganizationId: string }) => [capability.manufacturerOrganizationId],
  bid: (bid: { bidderOrganizationId: string }) => [bid.bidderOrganizationId],
  order: (order: OrderParties) => [
    order.buyerOrganizationId,
    order.postedByOrganizationId,
    order.supplierOrganizationId,
  ],
} as const satisfies Record<AttachmentOwnerKind, (owner: never) => string[]>;

export const canAttach = (actor: Actor, writers: readonly string[]) => writers.includes(actor.organizationId);

/** Only the uploader's organization removes a file; to anyone else it answers as missing. */
export const canDeleteAttachment = (actor: Actor, attachment: { organizationId: string }) =>
  attachment.organizationId === actor.organizationId;
