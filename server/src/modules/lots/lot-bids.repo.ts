import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { lotBids, organizations } from '../../db/schema';

export type LotBidRow = typeof lotBids.$inferSelect & { total: string };
export type LotBidWithBidder = {
  bid: LotBidRow;
  bidder: { id: string; name: string; regionCode: string; verified: boolean };
};

/** unitPrice × quantity rounded to kopecks, by PostgreSQL (never a float). */
const total = sql<string>`round(${lotBids.unitPrice} * ${lotBids.quantity}, 2)::text`;
const bidColumns = { ...getTableColumns(lotBids), total };

export function createLotBidsRepo(db: DbExecutor) {
  return {
    async insert(values: typeof lotBids.$inferInsert): Promise<LotBidRow> {
      const [row] = await db.insert(lotBids).values(values).returning(bidColumns);
      return row!;
    },

    /**
     * Withdraws a live bid of `bidderId` on the lot in one guarded statement (two withdrawals at once:
     * one wins); undefined when there is no such live bid.
     */
    async withdraw(lotId: string, bidId: string, bidderId: string): Promise<LotBidRow | undefined> {
      const [row] = await db
        .update(lotBids)
        .set({ status: 'withdrawn', updatedAt: sql`now()` })
        .where(
          and(
            eq(lotBids.id, bidId),
            eq(lotBids.lotId, lotId),
            eq(lotBids.bidderOrganizationId, bidderId),
            eq(lotBids.status, 'submitted'),
          ),
        )
        .returning(bidColumns);
      return row;
    },

    /** The bid on the lot, whoever made it: what a refused withdrawal is told. */
    async find(lotId: string, bidId: string): Promise<LotBidRow | undefined> {
      const [row] = await db
        .select(bidColumns)
        .from(lotBids)
        .where(and(eq(lotBids.id, bidId), eq(lotBids.lotId, lotId)));
      return row;
    },

    /** Newest first; `bidderId` limits the list to one organization's bids. */
    list: (lotId: string, bidderId: string | undefined): Promise<LotBidWithBidder[]> =>
      db
        .select({
          bid: bidColumns,
          bidder: {
            id: organizations.id,
            name: organizations.name,
            regionCode: organizations.regionCode,
            verified: organizations.verified,
          },
        })
        .from(lotBids)
        .innerJoin(organizations, eq(organizations.id, lotBids.bidderOrganizationId))
        .where(
          and(eq(lotBids.lotId, lotId), bidderId ? eq(lotBids.bidderOrganizationId, bidderId) : undefined),
        )
        .orderBy(desc(lotBids.createdAt), desc(lotBids.id)),
  };
}
