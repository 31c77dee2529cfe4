import { z } from 'zod';
import { booleanQuery, uuid } from '../common/common.schemas';

/**
 * Kinds the matching worker sends; other features add their own (`bid.accepted`, …). The web client
 * translates a kind and its payload; unknown kinds show a generic line.
 */
export const MATCHING_NOTIFICATION_KINDS = {
  /** To the buyer (and the posting centre): `{ needId, needTitle, suppliers }`. */
  needMatched: 'need.matched',
  /** To the buyer (and the posting centre): matching found no strong match for this version, `{ needId, needTitle, possible }`. */
  needNoDomesticSupplier: 'need.no_domestic_supplier',
  /** To the buyer: a capability published later fits an open need, `{ needId, needTitle, capabilityId, manufacturerName }`. */
  needSupplierFound: 'need.supplier_found',
  /** To a manufacturer (an alert): `{ needId, matchId, needTitle, capabilityId, capabilityTitle, score, relevance }`. */
  capabilityNeedFits: 'capability.need_fits',
  /** To a manufacturer after its capability was matched: `{ capabilityId, capabilityTitle, needs }`. */
  capabilityMatched: 'capability.matched',
} as const;

export const notificationSchema = z.object({
  id: uuid,
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  /** `true`: unread ones only. */
  unread: booleanQuery.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const markReadSchema = z.union([
  z.object({ ids: z.array(uuid).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkRead = z.infer<typeof markReadSchema>;

export const markReadResultSchema = z.object({ updated: z.number().int(), unreadCount: z.number().int() });
export type MarkReadResult = z.infer<typeof markReadResultSchema>;

/** What the live stream (`GET /events`, Server-Sent Events) sends as `event: notification`. */
export const liveNotificationEventSchema = notificationSchema;
