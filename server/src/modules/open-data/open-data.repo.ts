import { and, asc, eq, gte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../db/client';
import { needs, okpd2Codes, orders, organizations, regions } from '../../db/schema';
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
            bidId: orders.bidId,
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
          sortKey: epochMicros(orders.updatedAt),
        })
        .from(orders)
        .innerJoin(needs, eq(needs.id, orders.needId))
        .innerJoin(okpd2Codes, eq(okpd2Codes.code, needs.okpd2))
        .innerJoin(buyers, eq(buyers.id, orders.buyerOrganizationId))
        .innerJoin(buyerRegions, eq(buyerRegions.code, buyers.regionCode))
        .innerJoin(suppliers, eq(suppliers.id, orders.supplierOrganizationId))
        .innerJoin(supplierRegions, eq(supplierRegions.code, suppliers.regionCode))
        .where(and(...conditions))
        .orderBy(asc(orders.updatedAt), asc(orders.id))
        .limit(filter.limit);
    },
  };
}
