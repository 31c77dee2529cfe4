import { and, countDistinct, count, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../db/client';
import { needs, orders, organizations } from '../../db/schema';

const buyers = alias(organizations, 'buyer');
const suppliers = alias(organizations, 'supplier');

export function createCatalogueRepo(db: DbExecutor) {
  return {
    /** Open needs and the regions they are to be delivered to (served by needs_region_idx). */
    async openNeeds(): Promise<{ needs: number; regions: number }> {
      const [row] = await db
        .select({ needs: count(), regions: countDistinct(needs.deliveryRegionCode) })
        .from(needs)
        .where(eq(needs.status, 'open'));
      return row ?? { needs: 0, regions: 0 };
    },

    /** Orders, not cancelled, whose buyer and supplier are registered in different regions. */
    async interregionalOrders(): Promise<number> {
      const [row] = await db
        .select({ orders: count() })
        .from(orders)
        .innerJoin(buyers, eq(buyers.id, orders.buyerOrganizationId))
        .innerJoin(suppliers, eq(suppliers.id, orders.supplierOrganizationId))
        .where(and(ne(orders.status, 'cancelled'), sql`${buyers.regionCode} <> ${suppliers.regionCode}`));
      return row?.orders ?? 0;
    },
  };
}
export type CatalogueRepo = ReturnType<typeof createCatalogueRepo>;
