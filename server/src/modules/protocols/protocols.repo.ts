import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { placedNeedColumns } from '../../db/placed-need';
import {
  needs,
  orders,
  organizations,
  regions,
  selectionProtocolNumbers,
  selectionProtocols,
  users,
} from '../../db/schema';

export type ProtocolRow = typeof selectionProtocols.$inferSelect;
export type NewProtocolRow = typeof selectionProtocols.$inferInsert;

/** A protocol with who may read it: the need's buyer side and the order's supplier (DESIGN.md §3). */
export type ProtocolWithParties = {
  protocol: ProtocolRow;
  buyerOrganizationId: string;
  postedByOrganizationId: string;
  supplierOrganizationId: string;
};

export type NeedFactsRow = {
  id: string;
  title: string;
  okpd2: string;
  quantity: string;
  unit: string;
  neededBy: string;
  deliveryRegionCode: string;
  buyer: { id: string; name: string; regionCode: string; verified: boolean };
};

export type DeciderRow = { fullName: string; organizationName: string };

export function createProtocolsRepo(db: DbExecutor) {
  return {
    /**
     * The next number of `year`, counted in the caller's transaction: the counter row stays locked until
     * it commits, so numbers are unique and a rolled-back award gives its number back (no gaps).
     */
    async nextNumber(year: number): Promise<string> {
      const [row] = await db
        .insert(selectionProtocolNumbers)
        .values({ year, lastNumber: 1 })
        .onConflictDoUpdate({
          target: selectionProtocolNumbers.year,
          set: { lastNumber: sql`${selectionProtocolNumbers.lastNumber} + 1` },
        })
        .returning({ lastNumber: selectionProtocolNumbers.lastNumber });
      return `${year}-${String(row!.lastNumber).padStart(6, '0')}`;
    },

    async needFacts(needId: string): Promise<NeedFactsRow | undefined> {
      const [row] = await db
        .select({
          id: needs.id,
          title: needs.title,
          ...placedNeedColumns,
          buyer: {
            id: organizations.id,
            name: organizations.name,
            regionCode: organizations.regionCode,
            verified: organizations.verified,
          },
        })
        .from(needs)
        .innerJoin(organizations, eq(organizations.id, needs.buyerOrganizationId))
        .where(eq(needs.id, needId));
      return row;
    },

    async decider(userId: string): Promise<DeciderRow | undefined> {
      const [row] = await db
        .select({ fullName: users.fullName, organizationName: organizations.name })
        .from(users)
        .innerJoin(organizations, eq(organizations.id, users.organizationId))
        .where(eq(users.id, userId));
      return row;
    },

    async region(code: string): Promise<{ nameRu: string; nameEn: string } | undefined> {
      const [row] = await db
        .select({ nameRu: regions.nameRu, nameEn: regions.nameEn })
        .from(regions)
        .where(eq(regions.code, code));
      return row;
    },

    /** Writes the protocol and points its order at it. */
    async insert(values: NewProtocolRow): Promise<ProtocolRow> {
      const [row] = await db.insert(selectionProtocols).values(values).returning();
      await db.update(orders).set({ protocolId: row!.id }).where(eq(orders.id, values.orderId));
      return row!;
    },

    async findById(id: string): Promise<ProtocolWithParties | undefined> {
      const [row] = await db
        .select({
          protocol: selectionProtocols,
          buyerOrganizationId: needs.buyerOrganizationId,
          postedByOrganizationId: needs.postedByOrganizationId,
          supplierOrganizationId: orders.supplierOrganizationId,
        })
        .from(selectionProtocols)
        .innerJoin(needs, eq(needs.id, selectionProtocols.needId))
        .innerJoin(orders, eq(orders.id, selectionProtocols.orderId))
        .where(eq(selectionProtocols.id, id));
      return row;
    },
  };
}
export type ProtocolsRepo = ReturnType<typeof createProtocolsRepo>;
