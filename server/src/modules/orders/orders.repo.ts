import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../db/client';
import {
  bids,
  lotBids,
  needs,
  orderEvents,
  orders,
  organizations,
  selectionProtocols,
} from '../../db/schema';
import { placedNeedColumns } from '../../db/placed-need';
import { epochMicros, fromEpochMicros } from '../../db/search-sql';

export type OrderRow = typeof orders.$inferSelect;
export type OrderEventRow = typeof orderEvents.$inferSelect;
export type PartyRow = {
  id: string;
  name: string;
  regionCode: string;
  verified: boolean;
  contacts: { email?: string; phone?: string; website?: string };
};
export type OrderNeedRow = {
  id: string;
  title: string;
  okpd2: string;
  unit: string;
  neededBy: string;
  deliveryRegionCode: string;
  postedByOrganizationId: string;
};
/** The commercial terms of the bid (or lot bid) the order was made from, with that bid's quantity. */
export type SourceTermsRow = {
  quantity: string;
  leadTimeDays: number;
  vatRate: string | null;
  priceIncludesVat: boolean | null;
  deliveryBasis: string | null;
  deliveryCost: string | null;
  prepaymentPercent: number | null;
  paymentDays: number | null;
  warrantyMonths: number | null;
  schedule: { date: string; quantity: string }[] | null;
};
type JoinedTerms = { [K in keyof SourceTermsRow]: SourceTermsRow[K] | null } | null;
export type OrderWithParties = {
  order: OrderRow;
  need: OrderNeedRow;
  buyer: PartyRow;
  supplier: PartyRow;
  /** One of the two is set (left joins): the accepted bid's terms, or the awarded lot bid's. */
  bidTerms: JoinedTerms;
  lotBidTerms: JoinedTerms;
  protocolNumber: string | null;
};

const buyers = alias(organizations, 'buyer');
const suppliers = alias(organizations, 'supplier');
const party = (table: typeof buyers | typeof suppliers) => ({
  id: table.id,
  name: table.name,
  regionCode: table.regionCode,
  verified: table.verified,
  contacts: table.contacts,
});

const sourceTerms = (table: typeof bids | typeof lotBids) => ({
  quantity: table.quantity,
  leadTimeDays: table.leadTimeDays,
  vatRate: table.vatRate,
  priceIncludesVat: table.priceIncludesVat,
  deliveryBasis: table.deliveryBasis,
  deliveryCost: table.deliveryCost,
  prepaymentPercent: table.prepaymentPercent,
  paymentDays: table.paymentDays,
  warrantyMonths: table.warrantyMonths,
  schedule: table.schedule,
});

const orderWithPartiesColumns = {
  order: orders,
  need: {
    id: needs.id,
    title: needs.title,
    okpd2: placedNeedColumns.okpd2,
    unit: placedNeedColumns.unit,
    neededBy: placedNeedColumns.neededBy,
    deliveryRegionCode: placedNeedColumns.deliveryRegionCode,
    postedByOrganizationId: needs.postedByOrganizationId,
  },
  buyer: party(buyers),
  supplier: party(suppliers),
  bidTerms: sourceTerms(bids),
  lotBidTerms: sourceTerms(lotBids),
  protocolNumber: selectionProtocols.number,
};

export type OrderPageFilter = {
  /** Orders this organization is a party to (buyer, supplier or posting centre); undefined: all. */
  viewerOrganizationId?: string;
  side?: 'buyer' | 'supplier';
  statuses?: string[];
  needId?: string;
  after?: { key: string; id: string };
  limit: number;
};

export function createOrdersRepo(db: DbExecutor) {
  const withParties = () =>
    db
      .select({ ...orderWithPartiesColumns, sortKey: epochMicros(orders.createdAt) })
      .from(orders)
      .innerJoin(needs, eq(needs.id, orders.needId))
      .innerJoin(buyers, eq(buyers.id, orders.buyerOrganizationId))
      .innerJoin(suppliers, eq(suppliers.id, orders.supplierOrganizationId))
      .leftJoin(bids, eq(bids.id, orders.bidId))
      .leftJoin(lotBids, eq(lotBids.id, orders.lotBidId))
      .leftJoin(selectionProtocols, eq(selectionProtocols.id, orders.protocolId));

  return {
    /** The order for an accepted bid; the total is computed in PostgreSQL numeric, to the kopeck. */
    async insert(values: Omit<typeof orders.$inferInsert, 'total'>): Promise<OrderRow> {
      const [row] = await db
        .insert(orders)
        .values({
          ...values,
          total: sql`round(${values.unitPrice}::numeric * ${values.quantity}::numeric, 2)`,
        })
        .returning();
      return row!;
    },

    async insertEvent(values: typeof orderEvents.$inferInsert): Promise<OrderEventRow> {
      const [row] = await db.insert(orderEvents).values(values).returning();
      return row!;
    },

    async findById(id: string): Promise<OrderWithParties | undefined> {
      const [row] = await withParties().where(eq(orders.id, id));
      return row;
    },

    events: (orderId: string): Promise<OrderEventRow[]> =>
      db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id)),

    /** Guarded move: changes the row only while it is still in `from` (a concurrent move wins once). */
    async move(id: string, from: string, to: string): Promise<OrderRow | undefined> {
      const [row] = await db
        .update(orders)
        .set({ status: to, updatedAt: sql`now()` })
        .where(and(eq(orders.id, id), eq(orders.status, from)))
        .returning();
      return row;
    },

    /** Newest first, keyset-paged on (created_at, id). */
    page(filter: OrderPageFilter): Promise<(OrderWithParties & { sortKey: string })[]> {
      const viewer = filter.viewerOrganizationId;
      const sides: Record<'buyer' | 'supplier', SQL | undefined> = viewer
        ? {
            buyer: or(eq(orders.buyerOrganizationId, viewer), eq(needs.postedByOrganizationId, viewer)),
            supplier: eq(orders.supplierOrganizationId, viewer),
          }
        : { buyer: undefined, supplier: undefined };
      const conditions: (SQL | undefined)[] = [
        viewer ? (filter.side ? sides[filter.side] : or(sides.buyer, sides.supplier)) : undefined,
        filter.statuses ? inArray(orders.status, filter.statuses) : undefined,
        filter.needId ? eq(orders.needId, filter.needId) : undefined,
        filter.after
          ? sql`(${orders.createdAt}, ${orders.id}) < (${fromEpochMicros(filter.after.key)}, ${filter.after.id}::uuid)`
          : undefined,
      ];
      return withParties()
        .where(and(...conditions))
        .orderBy(desc(orders.createdAt), desc(orders.id))
        .limit(filter.limit);
    },
  };
}
export type OrdersRepo = ReturnType<typeof createOrdersRepo>;
