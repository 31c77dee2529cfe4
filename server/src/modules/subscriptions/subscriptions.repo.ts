import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { subscriptions } from '../../db/schema';

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type SubscriptionValues = Pick<
  SubscriptionRow,
  'okpd2Prefixes' | 'regionCodes' | 'districts' | 'words' | 'digest'
>;

/** An organization's subscriptions: every query names the organization, so another's is never found. */
export function createSubscriptionsRepo(db: DbExecutor) {
  const ofOrganization = (id: string, organizationId: string) =>
    and(eq(subscriptions.id, id), eq(subscriptions.organizationId, organizationId));

  return {
    list(organizationId: string): Promise<SubscriptionRow[]> {
      return db
        .select()
        .from(subscriptions)
        .where(eq(subscriptions.organizationId, organizationId))
        .orderBy(asc(subscriptions.createdAt), asc(subscriptions.id));
    },

    async find(id: string, organizationId: string): Promise<SubscriptionRow | undefined> {
      const [row] = await db.select().from(subscriptions).where(ofOrganization(id, organizationId));
      return row;
    },

    async insert(
      values: SubscriptionValues & { organizationId: string; userId: string },
    ): Promise<SubscriptionRow> {
      const [row] = await db.insert(subscriptions).values(values).returning();
      return row!;
    },

    async update(
      id: string,
      organizationId: string,
      values: Partial<SubscriptionValues>,
    ): Promise<SubscriptionRow | undefined> {
      const [row] = await db
        .update(subscriptions)
        .set({ ...values, updatedAt: sql`now()` })
        .where(ofOrganization(id, organizationId))
        .returning();
      return row;
    },

    async remove(id: string, organizationId: string): Promise<boolean> {
      const rows = await db
        .delete(subscriptions)
        .where(ofOrganization(id, organizationId))
        .returning({ id: subscriptions.id });
      return rows.length > 0;
    },

    /** The unsubscribe link's change: by id alone, the signed token standing for the member. */
    async turnDigestOff(id: string): Promise<SubscriptionRow | undefined> {
      const [row] = await db
        .update(subscriptions)
        .set({ digest: 'off', updatedAt: sql`now()` })
        .where(eq(subscriptions.id, id))
        .returning();
      return row;
    },
  };
}
export type SubscriptionsRepo = ReturnType<typeof createSubscriptionsRepo>;
