import type {
  MarkRead,
  MarkReadResult,
  Notification,
  NotificationListQuery,
  NotificationPage,
} from '@zamena/shared/notifications/notifications.schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { createNotificationsRepo, type NotificationListRow } from './notifications.repo';

export const toNotification = (row: Omit<NotificationListRow, 'sortKey'>): Notification => ({
  id: row.id,
  kind: row.kind,
  payload: row.payload,
  readAt: row.readAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

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
        items: page.map(toNotification),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'date', key: last.sortKey, id: last.id })
            : null,
        unreadCount,
      };
    },

    async markRead(input: MarkRead, actor: Actor): Promise<MarkReadResult> {
      const updated = await repo.markRead(actor.userId, 'all' in input ? 'all' : input.ids);
      return { updated, unreadCount: await repo.unreadCount(actor.userId) };
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
