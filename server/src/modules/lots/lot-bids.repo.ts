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
