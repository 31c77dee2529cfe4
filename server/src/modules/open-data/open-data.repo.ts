import { and, asc, eq, gte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../db/client';
import { bids, needs, okpd2Codes, orders, organizations, regions } from '../../db/schema';
import { placedNeedColumns } from '../../db/placed-need';
import { epochMicros, fromEpochMicros } from '../../db/search-sql';

const buyers = alias(organizations, 'buyer');
const suppliers = alias(organizations, 'supplier');
const buyerRegions = alias(regions, 'buyer_region');
const supplierRegions = alias(regions, 'supplier_region');

const party = (
  organization: typeof buyers | typeof suppliers,
  region: typeof buyerRegions | typeof supplierRegions,
) => ({
  id: organization.id,
  name: organization.name,
  ogrn: organization.ogrn,
  openDataConsent: organization.openDataConsent,
  regionName: region.nameRu,
});

export type OpenDataParty = {
  id: string;
  name: string;
  ogrn: string | null;
  openDataConsent: boolean;
  regionName: string;
};

export type OpenDataRow = {
  order: {
    id: string;
    bidId: string;
    status: string;
    quantity: string;
    total: string;
    createdAt: Date;
    updatedAt: Date;
  };
  need: {
    id: string;
    title: string;
    description: string;
    okpd2: string;
    okpd2Name: string;
    quantity: string;
    unit: string;
    status: string;
    publishedAt: Date | null;
  };
  buyer: OpenDataParty;
  supplier: OpenDataParty;
  /** The accepted need bid's terms; null for a lot award's order or a bid made before terms existed. */
  terms: {
    unitPrice: string | null;
    vatRate: string | null;
    priceIncludesVat: boolean | null;
    deliveryBasis: string | null;
    deliveryCost: string | null;
    deliveredUnitPrice: string | null;
  } | null;
  sortKey: string;
};

export type OpenDataFilter = { since?: string; after?: { key: string; id: string }; limit: number };

export function createOpenDataRepo(db: DbExecutor) {
  return {
    /** Orders changed at or after `since`, oldest change first, keyset-paged on (updated_at, id). */
    orders(filter: OpenDataFilter): Promise<OpenDataRow[]> {
      const conditions: (SQL | undefined)[] = [
        filter.since ? gte(orders.updatedAt, new Date(filter.since)) : undefined,
        filter.after
          ? sql`(${orders.updatedAt}, ${orders.id}) > (${fromEpochMicros(filter.after.key)}, ${filter.after.id}::uuid)`
          : undefined,
      ];
      return db
        .select({
          order: {
            id: orders.id,
            // An order made by a lot award has no need bid: its award is the lot bid.
            bidId: sql<string>`coalesce(${orders.bidId}, ${orders.lotBidId})`,
            status: orders.status,
            quantity: orders.quantity,
            total: orders.total,
            createdAt: orders.createdAt,
            updatedAt: orders.updatedAt,
          },
          need: {
            id: needs.id,
            title: needs.title,
            description: needs.description,
            okpd2: placedNeedColumns.okpd2,
            okpd2Name: okpd2Codes.name,
            quantity: placedNeedColumns.quantity,
            unit: placedNeedColumns.unit,
            status: needs.status,
            publishedAt: needs.publishedAt,
          },
          buyer: party(buyers, buyerRegions),
          supplier: party(suppliers, supplierRegions),
          terms: {
            unitPrice: bids.unitPrice,
            vatRate: bids.vatRate,
            priceIncludesVat: bids.priceIncludesVat,
            deliveryBasis: bids.deliveryBasis,
            deliveryCost: bids.deliveryCost,
            deliveredUnitPrice: bids.deliveredUnitPrice,
          },
          sortKey: epochMicros(orders.updatedAt),
        })
        .from(orders)
        .innerJoin(needs, eq(needs.id, orders.needId))
        .innerJoin(okpd2Codes, eq(okpd2Codes.code, needs.okpd2))
        .innerJoin(buyers, eq(buyers.id, orders.buyerOrganizationId))
        .innerJoin(buyerRegions, eq(buyerRegions.code, buyers.regionCode))
        .innerJoin(suppliers, eq(suppliers.id, orders.supplierOrganizationId))
        .innerJoin(supplierRegions, eq(supplierRegions.code, suppliers.regionCode))
        .leftJoin(bids, eq(bids.id, orders.bidId))
        .where(and(...conditions))
        .orderBy(asc(orders.updatedAt), asc(orders.id))
        .limit(filter.limit);
    },
  };
}
