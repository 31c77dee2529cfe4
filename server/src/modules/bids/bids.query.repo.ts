import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../db/client';
import { bids, capabilities, matches, needs, organizations, regions } from '../../db/schema';
import { placedNeedColumns } from '../../db/placed-need';
import { epochMicros, fromEpochMicros } from '../../db/search-sql';
import { bidderColumns, bidTotal, type BidRow, type BidderRow } from './bids.repo';

/** Read side of bids: the buyer's comparison table and "my bids" pages. */

const deliveryRegion = alias(regions, 'delivery_region');
const bidderRegion = alias(regions, 'bidder_region');
const buyers = alias(organizations, 'buyer');

const todayUtc = sql`(now() AT TIME ZONE 'UTC')::date`;

/** Great-circle distance (haversine, Earth radius 6371 km) between the two administrative centres. */
const distanceKm = sql<number>`round(2 * 6371 * asin(sqrt(
  power(sin(radians(${bidderRegion.lat} - ${deliveryRegion.lat}) / 2), 2)
  + cos(radians(${deliveryRegion.lat})) * cos(radians(${bidderRegion.lat}))
  * power(sin(radians(${bidderRegion.lon} - ${deliveryRegion.lon}) / 2), 2))))::int`;

export type ComparedBidRow = {
  bid: BidRow;
  bidder: BidderRow;
  total: string;
  slackDays: number;
  distanceKm: number | null;
  interregional: boolean;
  pp719RegistryNumber: string | null;
  localizationValidUntil: string | null;
  localizationValid: boolean | null;
  matchScore: string | null;
};

export type NeedBidsFilter = {
  needId: string;
  /** Only this organization's bids (a bidder looking at its own); undefined: all of them. */
  bidderId?: string;
  statuses?: string[];
  sort: 'unitPrice' | 'delivered' | 'total' | 'leadTime' | 'score' | 'date';
};

const SORTS = {
  unitPrice: [asc(bids.unitPrice)],
  // Bids without terms have no delivered price and rank by their unit price among the others.
  delivered: [sql`coalesce(${bids.deliveredUnitPrice}, ${bids.unitPrice}) ASC`, asc(bids.leadTimeDays)],
  total: [sql`round(${bids.unitPrice} * ${bids.quantity}, 2) ASC`],
  leadTime: [asc(bids.leadTimeDays)],
  score: [sql`${matches.score} DESC NULLS LAST`],
  date: [desc(bids.createdAt)],
} satisfies Record<NeedBidsFilter['sort'], SQL[]>;

export type MyBidRow = {
  bid: BidRow;
  bidder: BidderRow;
  total: string;
  sortKey: string;
  need: {
    id: string;
    title: string;
    okpd2: string;
    quantity: string;
    unit: string;
    neededBy: string;
    deliveryRegionCode: string;
    status: string;
  };
  buyer: BidderRow;
};

export type BidPageFilter = {
  /** Undefined: every organization's bids (analysts). */
  bidderId?: string;
  statuses?: string[];
  needId?: string;
  after?: { key: string; id: string };
  limit: number;
};

export function createBidsQueryRepo(db: DbExecutor) {
  return {
    /** Accepted first, then live bids, then the rest; within each, the chosen order. */
    forNeed(filter: NeedBidsFilter): Promise<ComparedBidRow[]> {
      return db
        .select({
          bid: bids,
          bidder: bidderColumns,
          total: bidTotal,
          slackDays: sql<number>`(${needs.neededBy} - ${todayUtc} - ${bids.leadTimeDays})::int`,
          distanceKm,
          interregional: sql<boolean>`${organizations.regionCode} <> ${needs.deliveryRegionCode}`,
          pp719RegistryNumber: capabilities.pp719RegistryNumber,
          localizationValidUntil: capabilities.localizationValidUntil,
          localizationValid: sql<boolean | null>`${capabilities.localizationValidUntil} >= ${todayUtc}`,
          // The matching engine fills `matches`; a bid without a match simply has no score.
          matchScore: sql<string | null>`${matches.score}::text`,
        })
        .from(bids)
        .innerJoin(needs, eq(needs.id, bids.needId))
        .innerJoin(organizations, eq(organizations.id, bids.bidderOrganizationId))
        .innerJoin(deliveryRegion, eq(deliveryRegion.code, needs.deliveryRegionCode))
        .leftJoin(bidderRegion, eq(bidderRegion.code, organizations.regionCode))
        .leftJoin(capabilities, eq(capabilities.id, bids.capabilityId))
        .leftJoin(matches, and(eq(matches.needId, bids.needId), eq(matches.capabilityId, bids.capabilityId)))
        .where(
          and(
            eq(bids.needId, filter.needId),
            filter.bidderId ? eq(bids.bidderOrganizationId, filter.bidderId) : undefined,
            filter.statuses ? inArray(bids.status, filter.statuses) : undefined,
          ),
        )
        .orderBy(
          sql`CASE ${bids.status} WHEN 'accepted' THEN 0 WHEN 'submitted' THEN 1 ELSE 2 END`,
          ...SORTS[filter.sort],
          asc(bids.id),
        );
    },

    /** Newest first, keyset-paged on (created_at, id). */
    page(filter: BidPageFilter): Promise<MyBidRow[]> {
      const conditions: (SQL | undefined)[] = [
        filter.bidderId ? eq(bids.bidderOrganizationId, filter.bidderId) : undefined,
        filter.statuses ? inArray(bids.status, filter.statuses) : undefined,
        filter.needId ? eq(bids.needId, filter.needId) : undefined,
        filter.after
          ? sql`(${bids.createdAt}, ${bids.id}) < (${fromEpochMicros(filter.after.key)}, ${filter.after.id}::uuid)`
          : undefined,
      ];
      return db
        .select({
          bid: bids,
          bidder: bidderColumns,
          total: bidTotal,
          sortKey: epochMicros(bids.createdAt),
          need: {
            id: needs.id,
            title: needs.title,
            ...placedNeedColumns,
            status: needs.status,
          },
          buyer: {
            id: buyers.id,
            name: buyers.name,
            regionCode: buyers.regionCode,
            verified: buyers.verified,
          },
        })
        .from(bids)
        .innerJoin(needs, eq(needs.id, bids.needId))
        .innerJoin(organizations, eq(organizations.id, bids.bidderOrganizationId))
        .innerJoin(buyers, eq(buyers.id, needs.buyerOrganizationId))
        .where(and(...conditions))
        .orderBy(desc(bids.createdAt), desc(bids.id))
        .limit(filter.limit);
    },
  };
}
export type BidsQueryRepo = ReturnType<typeof createBidsQueryRepo>;
