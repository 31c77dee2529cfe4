import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { notifications, organizations, users } from '../../db/schema';
import { epochMicros, fromEpochMicros } from '../../db/search-sql';

const listColumns = {
  id: notifications.id,
  kind: notifications.kind,
  payload: notifications.payload,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
  sortKey: epochMicros(notifications.createdAt),
};

export type NotificationListRow = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
  sortKey: string;
};

export type DeliveryFacts = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  dedupeKey: string;
  createdAt: Date;
  readAt: Date | null;
  emailedAt: Date | null;
  userId: string;
  email: string;
  fullName: string;
  language: string;
  organizationId: string;
  organizationName: string;
  notificationPreferences: Record<string, { inApp?: boolean; email?: boolean }>;
  webhookMutedKinds: string[];
};

export function createNotificationsRepo(db: DbExecutor) {
  const unread = (userId: string) => and(eq(notifications.userId, userId), isNull(notifications.readAt));

  return {
    /** Newest first; the keyset (created_at, id) never repeats a row when new ones arrive. */
    async page(
      userId: string,
      options: { unreadOnly: boolean; after?: { key: string; id: string }; limit: number },
    ): Promise<NotificationListRow[]> {
      const conditions: (SQL | undefined)[] = [
        options.unreadOnly ? unread(userId) : eq(notifications.userId, userId),
        options.after
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${fromEpochMicros(options.after.key)}, ${options.after.id}::uuid)`
          : undefined,
      ];
      return db
        .select(listColumns)
        .from(notifications)
        .where(and(...conditions))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(options.limit);
    },

    /**
     * The user's notifications stored after the one with `id`, oldest first (none when `id` is not one
     * of theirs): what an event stream missed while it was away.
     */
    after(userId: string, id: string, limit: number): Promise<NotificationListRow[]> {
      const mark = sql`(SELECT ${notifications.createdAt}, ${notifications.id} FROM ${notifications}
        WHERE ${notifications.id} = ${id}::uuid AND ${notifications.userId} = ${userId}::uuid)`;
      return db
        .select(listColumns)
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            sql`(${notifications.createdAt}, ${notifications.id}) > ${mark}`,
          ),
        )
        .orderBy(asc(notifications.createdAt), asc(notifications.id))
        .limit(limit);
    },

    async unreadCount(userId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(notifications).where(unread(userId));
      return Number(row?.n ?? 0);
    },

    /** Marks the user's own unread notifications (others' ids are ignored); returns how many changed. */
    async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
      const changed = await db
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(and(unread(userId), ids === 'all' ? undefined : inArray(notifications.id, ids)))
        .returning({ id: notifications.id });
      return changed.length;
    },

    /** The notifications with their recipients (a missing id is left out). */
    forDelivery(ids: string[]): Promise<DeliveryFacts[]> {
      return db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          payload: notifications.payload,
          dedupeKey: notifications.dedupeKey,
          createdAt: notifications.createdAt,
          readAt: notifications.readAt,
          emailedAt: notifications.emailedAt,
          userId: users.id,
          email: users.email,
          fullName: users.fullName,
          language: users.language,
          organizationId: organizations.id,
          organizationName: organizations.name,
          notificationPreferences: users.notificationPreferences,
          webhookMutedKinds: organizations.webhookMutedKinds,
        })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .innerJoin(organizations, eq(organizations.id, notifications.organizationId))
        .where(inArray(notifications.id, ids))
        .orderBy(notifications.id);
    },

    async markEmailed(id: string): Promise<void> {
      await db
        .update(notifications)
        .set({ emailedAt: sql`now()` })
        .where(and(eq(notifications.id, id), isNull(notifications.emailedAt)));
    },
  };
}
export type NotificationsRepo = ReturnType<typeof createNotificationsRepo>;
