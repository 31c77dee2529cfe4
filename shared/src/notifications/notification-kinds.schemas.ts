import { z } from 'zod';
import { isoDate, uuid } from '../common/common.schemas';
import { importKindSchema } from '../imports/imports.schemas';
import { orderStatusSchema } from '../orders/orders.schemas';

/**
 * Every notification kind with its payload: the one contract between the emitters (server modules),
 * the e-mail templates and the web client's texts, which are all typed exhaustive over it. Payloads
 * hold ids and short facts only (titles, counts), never contacts or other personal data.
 *
 * Stored rows are read back through these schemas, so a payload may only gain optional fields; a
 * field rows already lack stays optional, and a kind is retired only with the rows that carry it.
 */
const variant = <K extends string, P extends z.ZodRawShape>(kind: K, payload: P) =>
  z.object({ kind: z.literal(kind), payload: z.object(payload) });

const need = { needId: uuid, needTitle: z.string() };
const bidOnNeed = { bidId: uuid, ...need };
const count = z.number().int();

export const notificationContentSchema = z.discriminatedUnion('kind', [
  /** To the buyer (and the posting centre): strong matches were found for this version of the need. */
  variant('need.matched', { ...need, suppliers: count }),
  /** To the buyer side: no strong match for this version; `possible` weaker ones were kept. */
  variant('need.no_domestic_supplier', { ...need, possible: count }),
  /** To the buyer side: a capability published later fits an open need. */
  variant('need.supplier_found', {
    ...need,
    capabilityId: uuid,
    capabilityTitle: z.string(),
    manufacturerName: z.string(),
  }),
  /** To a manufacturer (an alert). Rows written before match feedback lack `matchId` and `relevance`. */
  variant('capability.need_fits', {
    ...need,
    matchId: uuid.optional(),
    capabilityId: uuid,
    capabilityTitle: z.string(),
    score: z.number(),
    relevance: z.number().optional(),
  }),
  /** To a manufacturer after its capability version was matched: how many open needs it fits. */
  variant('capability.matched', { capabilityId: uuid, capabilityTitle: z.string(), needs: count }),
  /** To the buyer side, about a bidder's move; `revision` of the bid after it. */
  variant('bid.submitted', { ...bidOnNeed, revision: count }),
  variant('bid.revised', { ...bidOnNeed, revision: count }),
  variant('bid.withdrawn', { ...bidOnNeed, revision: count }),
  /** To the bidder. */
  variant('bid.accepted', { ...bidOnNeed, orderId: uuid }),
  variant('bid.rejected', { ...bidOnNeed, reason: z.string() }),
  variant('bid.expired', { bidId: uuid, needId: uuid, validUntil: isoDate }),
  /** To the buyer side other than the one who accepted the bid. */
  variant('order.created', { ...bidOnNeed, orderId: uuid }),
  /** To both sides of the order and the posting centre. */
  variant('order.status_changed', {
    ...need,
    orderId: uuid,
    from: orderStatusSchema,
    to: orderStatusSchema,
  }),
  /** To the buyer side: the supplier recorded a shipment of `quantity`. */
  variant('order.delivery_shipped', { ...need, orderId: uuid, quantity: z.string() }),
  /** To the supplier: the buyer side accepted `acceptedQuantity` of a shipment; `completed`: the order is. */
  variant('order.delivery_accepted', {
    ...need,
    orderId: uuid,
    acceptedQuantity: z.string(),
    completed: z.boolean(),
  }),
  /** To the supplier: the buyer rated it after a completed order (scores 1–5). */
  variant('order.rated', {
    ...need,
    orderId: uuid,
    onTime: count,
    quality: count,
    communication: count,
  }),
  /** To the other side of the conversation. */
  variant('message.received', { ...need, threadId: uuid, messageId: uuid }),
  /** To the buyers of the pooled needs. */
  variant('lot.published', {
    lotId: uuid,
    okpd2Kind: z.string(),
    okpd2KindName: z.string().nullable(),
    unit: z.string(),
    needsCount: count,
    regionsCount: count,
  }),
  /** To an organization whose subscription a newly published need fits (once per need). */
  variant('subscription.need', { ...need, okpd2: z.string(), regionCode: z.string() }),
  /** To an organization whose subscription a newly published lot fits (once per lot). */
  variant('subscription.lot', {
    lotId: uuid,
    okpd2Kind: z.string(),
    okpd2KindName: z.string().nullable(),
    unit: z.string(),
    needsCount: count,
    regionsCount: count,
  }),
  /** To the members of an organization: the association verified or refused its residency in a site. */
  variant('residency.decision', {
    residencyId: uuid,
    organizationId: uuid,
    siteName: z.string(),
    decision: z.enum(['verify', 'refuse']),
    reason: z.string(),
  }),
  /** To the organization's owners: an analyst verified it, refused verification or revoked it. */
  variant('organization.verification', {
    organizationId: uuid,
    organizationName: z.string(),
    decision: z.enum(['verify', 'refuse', 'revoke']),
    reason: z.string(),
  }),
  /** To the uploader alone: how the import went; `kind` is what was imported. */
  variant('import.finished', {
    importId: uuid,
    kind: importKindSchema,
    filename: z.string(),
    status: z.enum(['succeeded', 'failed']),
    importedCount: count,
  }),
]);
export type NotificationContent = z.infer<typeof notificationContentSchema>;
export type NotificationKind = NotificationContent['kind'];

type Payloads = { [C in NotificationContent as C['kind']]: C['payload'] };
/** A mapped lookup rather than `Extract`, so code generic over the kind type-checks (TS #47109). */
export type NotificationPayload<K extends NotificationKind> = Payloads[K];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = notificationContentSchema.options.map(
  (option) => option.shape.kind.value,
);
