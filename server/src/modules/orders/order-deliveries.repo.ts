import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { needs, orderDeliveries, orderRatings, orders } from '../../db/schema';

export type OrderDeliveryRow = typeof orderDeliveries.$inferSelect;
export type OrderRatingRow = typeof orderRatings.$inferSelect;
export type FulfilmentRow = { shipped: string; accepted: string; toShip: string; toAccept: string };

/** Deliveries and ratings of orders; the sums are PostgreSQL numeric, never floats. */
export function createOrderDeliveriesRepo(db: DbExecutor) {
  return {
    /** Locks the order row so concurrent shipments and acceptances see each other's sums. */
    async lockOrder(id: string): Promise<{ status: string; quantity: string } | undefined> {
      const [row] = await db
        .select({ status: orders.status, quantity: orders.quantity })
        .from(orders)
        .where(eq(orders.id, id))
        .for('update');
      return row;
    },

    list: (orderId: string): Promise<OrderDeliveryRow[]> =>
      db
        .select()
        .from(orderDeliveries)
        .where(eq(orderDeliveries.orderId, orderId))
        .orderBy(asc(orderDeliveries.createdAt), asc(orderDeliveries.id)),

    /**
     * A shortfall the buyer did not accept counts as not shipped, so the supplier ships it again;
     * a shipment still waiting for acceptance counts in full.
     */
    async fulfilment(orderId: string): Promise<FulfilmentRow> {
      const result = await db.execute<FulfilmentRow>(sql`
        SELECT
          coalesce(sum(d.quantity), 0)::text AS "shipped",
          coalesce(sum(d.accepted_quantity), 0)::text AS "accepted",
          (o.quantity - coalesce(sum(coalesce(d.accepted_quantity, d.quantity)), 0))::text AS "toShip",
          (o.quantity - coalesce(sum(d.accepted_quantity), 0))::text AS "toAccept"
        FROM ${orders} o LEFT JOIN ${orderDeliveries} d ON d.order_id = o.id
        WHERE o.id = ${orderId}::uuid
        GROUP BY o.id, o.quantity`);
      return result.rows[0]!;
    },

    async any(orderId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: orderDeliveries.id })
        .from(orderDeliveries)
        .where(eq(orderDeliveries.orderId, orderId))
        .limit(1);
      return row !== undefined;
    },

    async insert(values: typeof orderDeliveries.$inferInsert): Promise<OrderDeliveryRow> {
      const [row] = await db.insert(orderDeliveries).values(values).returning();
      return row!;
    },

    find: async (orderId: string, deliveryId: string): Promise<OrderDeliveryRow | undefined> =>
      (
        await db
          .select()
          .from(orderDeliveries)
          .where(and(eq(orderDeliveries.orderId, orderId), eq(orderDeliveries.id, deliveryId)))
      )[0],

    /** Guarded: only a delivery not accepted yet; undefined when another acceptance came first. */
    async accept(deliveryId: string, acceptedQuantity: string, userId: string | null) {
      const [row] = await db
        .update(orderDeliveries)
        .set({ acceptedQuantity, acceptedAt: sql`now()`, acceptedByUserId: userId })
        .where(and(eq(orderDeliveries.id, deliveryId), isNull(orderDeliveries.acceptedQuantity)))
        .returning();
      return row;
    },

    rating: async (orderId: string): Promise<OrderRatingRow | undefined> =>
      (await db.select().from(orderRatings).where(eq(orderRatings.orderId, orderId)))[0],

    /** Undefined when the order already has its rating (one per order, by the primary key). */
    async insertRating(values: typeof orderRatings.$inferInsert): Promise<OrderRatingRow | undefined> {
      const [row] = await db.insert(orderRatings).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** Locks the need, then tells whether all its orders but the cancelled ones are completed. */
    async needIfAllOrdersCompleted(needId: string) {
      const [need] = await db
        .select({ id: needs.id, status: needs.status, version: needs.version })
        .from(needs)
        .where(eq(needs.id, needId))
        .for('update');
      const [open] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(orders)
        .where(
          and(eq(orders.needId, needId), ne(orders.status, 'completed'), ne(orders.status, 'cancelled')),
        );
      return need && open!.n === 0 ? need : undefined;
    },
  };
}
export type OrderDeliveriesRepo = ReturnType<typeof createOrderDeliveriesRepo>;
