import { z } from 'zod';
import { booleanQuery, uuid } from '../common/common.schemas';
import { notificationContentSchema } from './notification-kinds.schemas';

/** A notification as the API and the live stream send it: its kind and payload follow the contract. */
export const notificationSchema = z.intersection(
  z.object({ id: uuid, readAt: z.string().nullable(), createdAt: z.string() }),
  notificationContentSchema,
);
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
