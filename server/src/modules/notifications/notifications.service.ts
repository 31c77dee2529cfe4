import type {
  MarkRead,
  MarkReadResult,
  Notification,
  NotificationListQuery,
  NotificationPage,
} from '@zamena/shared/notifications/notifications.schemas';
import { notificationContentSchema } from '@zamena/shared/notifications/notification-kinds.schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { createNotificationsRepo, type NotificationListRow } from './notifications.repo';

/**
 * A stored notification read through the shared contract, or undefined for a row it cannot read (one
 * written by hand, or of a kind since retired): such a row is left out of lists, e-mails and live
 * events rather than failing a whole page. Rows the emitters wrote always read (their types are the
 * contract's, and it keeps older payloads readable).
 */
export function toNotification(row: Omit<NotificationListRow, 'sortKey'>): Notification | undefined {
  const content = notificationContentSchema.safeParse({ kind: row.kind, payload: row.payload });
  if (!content.success) return undefined;
  return {
    id: row.id,
    ...content.data,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The signed-in user's own notifications: nobody reads or marks another user's. */
export function createNotificationsService({ db }: { db: Db }) {
  const repo = createNotificationsRepo(db);

  return {
    async list(query: NotificationListQuery, actor: Actor): Promise<NotificationPage> {
      const [rows, unreadCount] = await Promise.all([
        repo.page(actor.userId, {
          unreadOnly: query.unread === true,
          after: query.cursor ? decodeCursor(query.cursor, 'date') : undefined,
          limit: query.limit + 1,
        }),
        repo.unreadCount(actor.userId),
      ]);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.flatMap((row) => toNotification(row) ?? []),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'date', key: last.sortKey, id: last.id })
            : null,
        unreadCount,
      };
    },

    /** What a reconnecting event stream missed after `lastEventId` (at most `limit`, oldest first). */
    async missedSince(lastEventId: string, actor: Actor, limit: number): Promise<Notification[]> {
      const rows = await repo.after(actor.userId, lastEventId, limit);
      return rows.flatMap((row) => toNotification(row) ?? []);
    },

    async markRead(input: MarkRead, actor: Actor): Promise<MarkReadResult> {
      const updated = await repo.markRead(actor.userId, 'all' in input ? 'all' : input.ids);
      return { updated, unreadCount: await repo.unreadCount(actor.userId) };
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
