import { and, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { bidRevisions, bids, needs, orders, organizations } from '../../db/schema';
import { placedNeedColumns } from '../../db/placed-need';

export type BidRow = typeof bids.$inferSelect;
export type NewBidRow = typeof bids.$inferInsert;
export type BidRevisionRow = typeof bidRevisions.$inferSelect;
export type BidderRow = { id: string; name: string; regionCode: string; verified: boolean };

/** What the rules need to know about the need a bid is on. */
export type BidNeedRow = {
  id: string;
  title: string;
  status: string;
  buyerOrganizationId: string;
  postedByOrganizationId: string;
  quantity: string;
  neededBy: string;
  allowSplitAward: boolean;
  version: number;
};
export type BidWithNeed = { bid: BidRow; bidder: BidderRow; need: BidNeedRow; total: string };

export const bidderColumns = {
  id: organizations.id,
  name: organizations.name,
  regionCode: organizations.regionCode,
  verified: organizations.verified,
};

export const bidNeedColumns = {
  id: needs.id,
  title: needs.title,
  status: needs.status,
  buyerOrganizationId: needs.buyerOrganizationId,
  postedByOrganizationId: needs.postedByOrganizationId,
  quantity: placedNeedColumns.quantity,
  neededBy: placedNeedColumns.neededBy,
  allowSplitAward: needs.allowSplitAward,
  version: needs.version,
};

/** unitPrice × quantity, rounded to kopecks in PostgreSQL numeric: never a JS float. */
export const bidTotal = sql<string>`round(${bids.unitPrice} * ${bids.quantity}, 2)::text`;

const touched = () => ({ updatedAt: sql`now()` });

export function createBidsRepo(db: DbExecutor) {
  const withNeed = () =>
    db
      .select({ bid: bids, bidder: bidderColumns, need: bidNeedColumns, total: bidTotal })
      .from(bids)
      .innerJoin(needs, eq(needs.id, bids.needId))
      .innerJoin(organizations, eq(organizations.id, bids.bidderOrganizationId));

  return {
    async findById(id: string): Promise<BidWithNeed | undefined> {
      const [row] = await withNeed().where(eq(bids.id, id));
      return row;
    },

    /** Locks the bid until the transaction ends (accept, so a revision cannot slip in meanwhile). */
    async lockById(id: string): Promise<BidWithNeed | undefined> {
      const [row] = await withNeed().where(eq(bids.id, id)).for('update', { of: bids });
      return row;
    },

    /**
     * Locks the need row: FOR UPDATE while accepting (one acceptance at a time per need), FOR SHARE
     * while bidding (many bids at once, but none lands on a need an acceptance is closing).
     */
    async lockNeed(id: string, mode: 'update' | 'share'): Promise<BidNeedRow | undefined> {
      const [row] = await db.select(bidNeedColumns).from(needs).where(eq(needs.id, id)).for(mode);
      return row;
    },

    async findLive(needId: string, bidderId: string): Promise<BidRow | undefined> {
      const [row] = await db
        .select()
        .from(bids)
        .where(
          and(eq(bids.needId, needId), eq(bids.bidderOrganizationId, bidderId), eq(bids.status, 'submitted')),
        )
        .for('update');
      return row;
    },

    async insert(values: NewBidRow): Promise<BidRow> {
      const [row] = await db.insert(bids).values(values).returning();
      return row!;
    },

    /** Keeps the current revision in bid_revisions, then writes the next one (only while submitted). */
    async revise(current: BidRow, changes: Partial<NewBidRow>): Promise<BidRow | undefined> {
      await db.insert(bidRevisions).values({
        bidId: current.id,
        revision: current.revision,
        unitPrice: current.unitPrice,
        quantity: current.quantity,
        leadTimeDays: current.leadTimeDays,
        validUntil: current.validUntil,
        comment: current.comment,
        vatRate: current.vatRate,
        priceIncludesVat: current.priceIncludesVat,
        deliveryBasis: current.deliveryBasis,
        deliveryCost: current.deliveryCost,
        prepaymentPercent: current.prepaymentPercent,
        paymentDays: current.paymentDays,
        warrantyMonths: current.warrantyMonths,
        schedule: current.schedule,
        deliveredUnitPrice: current.deliveredUnitPrice,
      });
      const [row] = await db
        .update(bids)
        .set({ ...changes, revision: current.revision + 1, ...touched() })
        .where(
          and(eq(bids.id, current.id), eq(bids.revision, current.revision), eq(bids.status, 'submitted')),
        )
        .returning();
      return row;
    },

    /** Moves a submitted bid to a final status; undefined when it was no longer submitted. */
    async decide(
      id: string,
      status: 'withdrawn' | 'accepted' | 'rejected',
      decision: { reason?: string | null; userId?: string | null },
    ): Promise<BidRow | undefined> {
      const [row] = await db
        .update(bids)
        .set({
          status,
          decisionReason: decision.reason ?? null,
          decidedByUserId: decision.userId ?? null,
          decidedAt: sql`now()`,
          ...touched(),
        })
        .where(and(eq(bids.id, id), eq(bids.status, 'submitted')))
        .returning();
      return row;
    },

    /** Rejects every other live bid on the need (it was awarded); returns them for notices and audit. */
    rejectOthers: (needId: string, exceptId: string, reason: string, userId: string): Promise<BidRow[]> =>
      db
        .update(bids)
        .set({
          status: 'rejected',
          decisionReason: reason,
          decidedByUserId: userId,
          decidedAt: sql`now()`,
          ...touched(),
        })
        .where(and(eq(bids.needId, needId), eq(bids.status, 'submitted'), ne(bids.id, exceptId)))
        .returning(),

    /** Quantity already ordered on the need (cancelled orders give theirs back), as a decimal string. */
    async remainingQuantity(need: BidNeedRow): Promise<string> {
      const [row] = await db
        .select({
          remaining: sql<string>`(${need.quantity}::numeric - coalesce(sum(${orders.quantity}), 0))::text`,
        })
        .from(orders)
        .where(and(eq(orders.needId, need.id), ne(orders.status, 'cancelled')));
      return row!.remaining;
    },

    revisions: (bidId: string): Promise<BidRevisionRow[]> =>
      db
        .select()
        .from(bidRevisions)
        .where(eq(bidRevisions.bidId, bidId))
        .orderBy(desc(bidRevisions.revision)),

    /** Submitted bids whose valid-until day has passed, at most `limit`, skipping rows others hold. */
    expireOverdue: (today: string, limit: number): Promise<BidRow[]> => {
      const due = db
        .select({ id: bids.id })
        .from(bids)
        .where(and(eq(bids.status, 'submitted'), lt(bids.validUntil, today)))
        .limit(limit)
        .for('update', { skipLocked: true });
      return db
        .update(bids)
        .set({ status: 'expired', ...touched() })
        .where(and(inArray(bids.id, due), eq(bids.status, 'submitted')))
        .returning();
    },
  };
}
export type BidsRepo = ReturnType<typeof createBidsRepo>;
