import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { organizations, webhookDeliveries, webhookEndpoints } from '../../db/schema';
import { epochMicros, fromEpochMicros } from '../../db/search-sql';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export function createWebhooksRepo(db: DbExecutor) {
  return {
    async endpoint(organizationId: string): Promise<EndpointRow | undefined> {
      const [row] = await db
        .select()
        .from(webhookEndpoints)
        .where(eq(webhookEndpoints.organizationId, organizationId));
      return row;
    },

    /** Active endpoints of the given organizations (one query for a batch of notifications). */
    activeEndpoints(organizationIds: string[]): Promise<EndpointRow[]> {
      if (organizationIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(webhookEndpoints)
        .where(
          and(inArray(webhookEndpoints.organizationId, organizationIds), eq(webhookEndpoints.active, true)),
        );
    },

    async saveEndpoint(organizationId: string, url: string, secret: string): Promise<EndpointRow> {
      const [row] = await db
        .insert(webhookEndpoints)
        .values({ organizationId, url, secret, active: true })
        .onConflictDoUpdate({
          target: webhookEndpoints.organizationId,
          set: { url, secret, active: true, updatedAt: sql`now()` },
        })
        .returning();
      return row!;
    },

    /** One delivery per organization per event: a second member's notification adds nothing. */
    async insertDelivery(values: {
      organizationId: string;
      eventKey: string;
      url: string;
      payload: Record<string, unknown>;
    }): Promise<string | undefined> {
      const [row] = await db
        .insert(webhookDeliveries)
        .values(values)
        .onConflictDoNothing({ target: [webhookDeliveries.organizationId, webhookDeliveries.eventKey] })
        .returning({ id: webhookDeliveries.id });
      return row?.id;
    },

    async delivery(id: string): Promise<DeliveryRow | undefined> {
      const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
      return row;
    },

    async recordAttempt(
      id: string,
      outcome: {
        url: string;
        status: 'pending' | 'delivered' | 'failed';
        statusCode: number | null;
        error: string | null;
      },
    ): Promise<void> {
      await db
        .update(webhookDeliveries)
        .set({
          url: outcome.url,
          status: outcome.status,
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          lastStatusCode: outcome.statusCode,
          lastError: outcome.error,
          ...(outcome.status === 'delivered' ? { deliveredAt: sql`now()` } : {}),
        })
        .where(eq(webhookDeliveries.id, id));
    },

    /** A failed delivery back to pending for a manual retry; false when it is not failed (any more). */
    async reopenFailed(id: string, organizationId: string): Promise<boolean> {
      const rows = await db
        .update(webhookDeliveries)
        .set({ status: 'pending' })
        .where(
          and(
            eq(webhookDeliveries.id, id),
            eq(webhookDeliveries.organizationId, organizationId),
            eq(webhookDeliveries.status, 'failed'),
          ),
        )
        .returning({ id: webhookDeliveries.id });
      return rows.length > 0;
    },

    async mutedKinds(organizationId: string): Promise<string[]> {
      const [row] = await db
        .select({ kinds: organizations.webhookMutedKinds })
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      return row?.kinds ?? [];
    },

    async setMutedKinds(organizationId: string, kinds: string[]): Promise<void> {
      await db
        .update(organizations)
        .set({ webhookMutedKinds: kinds })
        .where(eq(organizations.id, organizationId));
    },

    async markFailed(id: string, error: string): Promise<void> {
      await db
        .update(webhookDeliveries)
        .set({ status: 'failed', lastError: error })
        .where(eq(webhookDeliveries.id, id));
    },

    /** The delivery log, newest first, keyset pages. */
    page(
      organizationId: string,
      after: { key: string; id: string } | undefined,
      limit: number,
    ): Promise<(DeliveryRow & { sortKey: string })[]> {
      const conditions: (SQL | undefined)[] = [
        eq(webhookDeliveries.organizationId, organizationId),
        after
          ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (${fromEpochMicros(after.key)}, ${after.id}::uuid)`
          : undefined,
      ];
      return db
        .select({
          id: webhookDeliveries.id,
          organizationId: webhookDeliveries.organizationId,
          eventKey: webhookDeliveries.eventKey,
          url: webhookDeliveries.url,
          payload: webhookDeliveries.payload,
          status: webhookDeliveries.status,
          attempts: webhookDeliveries.attempts,
          lastStatusCode: webhookDeliveries.lastStatusCode,
          lastError: webhookDeliveries.lastError,
          createdAt: webhookDeliveries.createdAt,
          deliveredAt: webhookDeliveries.deliveredAt,
          sortKey: epochMicros(webhookDeliveries.createdAt),
        })
        .from(webhookDeliveries)
        .where(and(...conditions))
        .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
        .limit(limit);
    },
  };
}
export type WebhooksRepo = ReturnType<typeof createWebhooksRepo>;
