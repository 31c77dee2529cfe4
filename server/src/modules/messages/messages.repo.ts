import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { messages, messageThreads, needs, orders, organizations, users } from '../../db/schema';
import { epochMicros, fromEpochMicros } from '../../db/search-sql';

export type ThreadRow = {
  id: string;
  needId: string;
  needTitle: string;
  buyerOrganizationId: string;
  postedByOrganizationId: string;
  supplierOrganizationId: string;
  supplier: { id: string; name: string; regionCode: string; verified: boolean };
  messageCount: number;
  createdAt: Date;
  lastMessageAt: Date;
};
export type MessageRow = typeof messages.$inferSelect & { authorName: string; sortKey: string };

const threadColumns = {
  id: messageThreads.id,
  needId: messageThreads.needId,
  needTitle: needs.title,
  buyerOrganizationId: needs.buyerOrganizationId,
  postedByOrganizationId: needs.postedByOrganizationId,
  supplierOrganizationId: messageThreads.supplierOrganizationId,
  supplier: {
    id: organizations.id,
    name: organizations.name,
    regionCode: organizations.regionCode,
    verified: organizations.verified,
  },
  messageCount: sql<number>`(SELECT count(*)::int FROM ${messages} WHERE ${messages.threadId} = ${messageThreads.id})`,
  createdAt: messageThreads.createdAt,
  lastMessageAt: messageThreads.lastMessageAt,
};

export function createMessagesRepo(db: DbExecutor) {
  const threads = (where: SQL | undefined) =>
    db
      .select(threadColumns)
      .from(messageThreads)
      .innerJoin(needs, eq(needs.id, messageThreads.needId))
      .innerJoin(organizations, eq(organizations.id, messageThreads.supplierOrganizationId))
      .where(where);

  return {
    async findThread(id: string): Promise<ThreadRow | undefined> {
      const [row] = await threads(eq(messageThreads.id, id));
      return row;
    },

    async findThreadFor(needId: string, supplierId: string): Promise<ThreadRow | undefined> {
      const [row] = await threads(
        and(eq(messageThreads.needId, needId), eq(messageThreads.supplierOrganizationId, supplierId)),
      );
      return row;
    },

    /** Whether the supplier holds an order on the need (its thread may start after the award). */
    async suppliesOrderOn(needId: string, supplierId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: orders.id })
        .from(orders)
        .where(and(eq(orders.needId, needId), eq(orders.supplierOrganizationId, supplierId)))
        .limit(1);
      return row !== undefined;
    },

    /** Most recently active first; `supplierId` narrows to one supplier's thread. */
    threadsForNeed: (needId: string, supplierId?: string): Promise<ThreadRow[]> =>
      threads(
        and(
          eq(messageThreads.needId, needId),
          supplierId ? eq(messageThreads.supplierOrganizationId, supplierId) : undefined,
        ),
      ).orderBy(sql`${messageThreads.lastMessageAt} DESC`, asc(messageThreads.id)),

    /** The thread of (need, supplier), created on its first message; a new message moves it up. */
    async touchThread(needId: string, supplierOrganizationId: string): Promise<string> {
      const [row] = await db
        .insert(messageThreads)
        .values({ needId, supplierOrganizationId })
        .onConflictDoUpdate({
          target: [messageThreads.needId, messageThreads.supplierOrganizationId],
          set: { lastMessageAt: sql`now()` },
        })
        .returning({ id: messageThreads.id });
      return row!.id;
    },

    async insertMessage(values: typeof messages.$inferInsert): Promise<typeof messages.$inferSelect> {
      const [row] = await db.insert(messages).values(values).returning();
      return row!;
    },

    /** Oldest first, keyset-paged on (created_at, id). */
    messages: (threadId: string, limit: number, after?: { key: string; id: string }): Promise<MessageRow[]> =>
      db
        .select({
          id: messages.id,
          threadId: messages.threadId,
          authorUserId: messages.authorUserId,
          authorOrganizationId: messages.authorOrganizationId,
          body: messages.body,
          createdAt: messages.createdAt,
          authorName: users.fullName,
          sortKey: epochMicros(messages.createdAt),
        })
        .from(messages)
        .innerJoin(users, eq(users.id, messages.authorUserId))
        .where(
          and(
            eq(messages.threadId, threadId),
            after
              ? sql`(${messages.createdAt}, ${messages.id}) > (${fromEpochMicros(after.key)}, ${after.id}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(messages.createdAt), asc(messages.id))
        .limit(limit),

    async authorName(userId: string): Promise<string> {
      const [row] = await db.select({ name: users.fullName }).from(users).where(eq(users.id, userId));
      return row?.name ?? '';
    },
  };
}
export type MessagesRepo = ReturnType<typeof createMessagesRepo>;
