import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../db/client';
import { placedNeedColumns } from '../../db/placed-need';
import { lotBids, lotNeeds, lotProducts, lots, needs, orders, organizations } from '../../db/schema';

/** An open pooled need, locked for the award, with what its orders have not yet covered. */
export type AwardNeedRow = {
  id: string;
  title: string;
  status: string;
  version: number;
  neededBy: string;
  buyerOrganizationId: string;
  postedByOrganizationId: string;
  remaining: string;
  /** The lot line of the need: which of a bid's line prices its order takes. */
  line: string;
};

export type LotOrderRow = {
  order: {
    id: string;
    lotBidId: string | null;
    needId: string;
    quantity: string;
    unitPrice: string;
    total: string;
    status: string;
    buyerOrganizationId: string;
    supplierOrganizationId: string;
  };
  needTitle: string;
  buyer: { id: string; name: string; regionCode: string; verified: boolean };
  supplier: { id: string; name: string; regionCode: string; verified: boolean };
};

const buyers = alias(organizations, 'buyer');
const suppliers = alias(organizations, 'supplier');
const party = (table: typeof buyers | typeof suppliers) => ({
  id: table.id,
  name: table.name,
  regionCode: table.regionCode,
  verified: table.verified,
});

/** Orders that still hold their quantity: what a need has left to award is its quantity minus these. */
const liveOrderQuantity = sql<string>`coalesce((SELECT sum(o.quantity) FROM ${orders} o
  WHERE o.need_id = ${needs.id} AND o.status <> 'cancelled'), 0)`;

export function createLotAwardsRepo(db: DbExecutor) {
  return {
    /** Awards of one lot run one at a time: each sees the status the previous one left. */
    async lockLot(id: string) {
      const [row] = await db.select().from(lots).where(eq(lots.id, id)).for('update');
      return row;
    },

    /**
     * The lot's open needs, locked (in id order, the order every locker takes) so no bid acceptance
     * awards one meanwhile.
     */
    openNeeds: (lotId: string): Promise<AwardNeedRow[]> =>
      db
        .select({
          id: needs.id,
          title: needs.title,
          status: needs.status,
          version: needs.version,
          neededBy: placedNeedColumns.neededBy,
          buyerOrganizationId: needs.buyerOrganizationId,
          postedByOrganizationId: needs.postedByOrganizationId,
          remaining: sql<string>`(${needs.quantity} - ${liveOrderQuantity})::text`,
          line: sql<string>`coalesce(${lotProducts.lineKey}, '')`,
        })
        .from(lotNeeds)
        .innerJoin(needs, eq(needs.id, lotNeeds.needId))
        .leftJoin(lotProducts, eq(lotProducts.needId, needs.id))
        .where(and(eq(lotNeeds.lotId, lotId), eq(needs.status, 'open')))
        .orderBy(asc(needs.id))
        .for('update', { of: needs }),

    bids: (lotId: string, ids: string[]) =>
      db
        .select()
        .from(lotBids)
        .where(and(eq(lotBids.lotId, lotId), inArray(lotBids.id, ids))),

    async markAwarded(lotId: string, userId: string) {
      await db
        .update(lots)
        .set({ status: 'awarded', awardedAt: sql`now()`, awardedByUserId: userId, updatedAt: sql`now()` })
        .where(eq(lots.id, lotId));
    },

    /** The orders the lot's award made; `partyId` limits them to those that organization is a party to. */
    orders: (lotId: string, partyId: string | null): Promise<LotOrderRow[]> =>
      db
        .select({
          order: {
            id: orders.id,
            lotBidId: orders.lotBidId,
            needId: orders.needId,
            quantity: orders.quantity,
            unitPrice: orders.unitPrice,
            total: orders.total,
            status: orders.status,
            buyerOrganizationId: orders.buyerOrganizationId,
            supplierOrganizationId: orders.supplierOrganizationId,
          },
          needTitle: needs.title,
          buyer: party(buyers),
          supplier: party(suppliers),
        })
        .from(orders)
        .innerJoin(needs, eq(needs.id, orders.needId))
        .innerJoin(buyers, eq(buyers.id, orders.buyerOrganizationId))
        .innerJoin(suppliers, eq(suppliers.id, orders.supplierOrganizationId))
        .where(
          and(
            eq(orders.lotId, lotId),
            partyId
              ? or(
                  eq(orders.buyerOrganizationId, partyId),
                  eq(orders.supplierOrganizationId, partyId),
                  eq(needs.postedByOrganizationId, partyId),
                )
              : undefined,
          ),
        )
        .orderBy(asc(placedNeedColumns.neededBy), asc(orders.needId), asc(orders.createdAt)),

    /**
     * Quantity, value and coverage (quantity ÷ the lot's total, four decimals) of the award's orders
     * that stand: a cancelled order no longer covers the lot.
     */
    async totals(lotId: string, totalQuantity: string) {
      const quantity = sql`coalesce(sum(${orders.quantity}), 0)`;
      const [row] = await db
        .select({
          quantity: sql<string>`${quantity}::text`,
          value: sql<string>`coalesce(sum(${orders.total}), 0)::numeric(24, 2)::text`,
          coverage: sql<string>`round(${quantity} / ${totalQuantity}::numeric, 4)::text`,
        })
        .from(orders)
        .where(and(eq(orders.lotId, lotId), ne(orders.status, 'cancelled')));
      return row!;
    },
  };
}
