import {
  and,
  arrayContains,
  asc,
  desc,
  eq,
  getTableColumns,
  inArray,
  like,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { lotNeeds, lotProducts, lots, needs, okpd2Codes, organizations } from '../../db/schema';
import { escapeLike } from '../../db/search-sql';

export type LotRow = typeof lots.$inferSelect;
export type LotWithKind = { lot: LotRow; kindName: string | null };

export type LotFilter = {
  statuses?: readonly string[];
  /** Lots whose kind lies under this code, or whose kind contains it (a code deeper than a kind). */
  okpd2?: string;
  /** Every region listed must be among the lot's regions. */
  regionCodes: string[];
  /** Keyset: the last row's total value and id (largest value first). */
  after?: { key: string; id: string };
  limit: number;
};

const KIND_LENGTH = 8;

const okpd2Condition = (code: string): SQL =>
  code.length >= KIND_LENGTH
    ? eq(lots.okpd2Kind, code.slice(0, KIND_LENGTH))
    : like(lots.okpd2Kind, `${escapeLike(code)}%`);

export type LotNeedRow = {
  need: {
    id: string;
    title: string;
    okpd2: string;
    quantity: string;
    unit: string;
    targetUnitPrice: string | null;
    neededBy: string;
    deliveryRegionCode: string;
    critical: boolean;
    status: string;
    buyerOrganizationId: string;
    postedByOrganizationId: string;
    line: string;
  };
  buyer: { id: string; name: string; regionCode: string; verified: boolean };
};

export type LotLineRow = { key: string; name: string; quantity: string; needsCount: number };

/** A need's line: its product's line key (none before the rebuild wrote its product). */
const lineOfNeed = sql<string>`coalesce(${lotProducts.lineKey}, '')`;

export function createLotsRepo(db: DbExecutor) {
  const selectWithKind = () =>
    db
      .select({ lot: getTableColumns(lots), kindName: okpd2Codes.name })
      .from(lots)
      .leftJoin(okpd2Codes, eq(okpd2Codes.code, lots.okpd2Kind));

  return {
    list: ({ statuses, okpd2, regionCodes, after, limit }: LotFilter): Promise<LotWithKind[]> =>
      selectWithKind()
        .where(
          and(
            statuses ? inArray(lots.status, [...statuses]) : undefined,
            okpd2 ? okpd2Condition(okpd2) : undefined,
            regionCodes.length > 0 ? arrayContains(lots.regionCodes, regionCodes) : undefined,
            after
              ? or(lt(lots.totalValue, after.key), and(eq(lots.totalValue, after.key), lt(lots.id, after.id)))
              : undefined,
          ),
        )
        .orderBy(desc(lots.totalValue), desc(lots.id))
        .limit(limit),

    async findById(id: string): Promise<LotWithKind | undefined> {
      const [row] = await selectWithKind().where(eq(lots.id, id));
      return row;
    },

    /** The pooled needs, soonest first; `visibleTo` limits them to public ones and that organization's. */
    needs: (
      lotId: string,
      visibleTo: { organizationId: string; publicStatuses: readonly string[] } | null,
      limit: number,
    ) =>
      db
        .select({
          need: {
            id: needs.id,
            title: needs.title,
            okpd2: needs.okpd2,
            quantity: needs.quantity,
            unit: needs.unit,
            targetUnitPrice: needs.targetUnitPrice,
            neededBy: needs.neededBy,
            deliveryRegionCode: needs.deliveryRegionCode,
            critical: needs.critical,
            status: needs.status,
            buyerOrganizationId: needs.buyerOrganizationId,
            postedByOrganizationId: needs.postedByOrganizationId,
            line: lineOfNeed,
          },
          buyer: {
            id: organizations.id,
            name: organizations.name,
            regionCode: organizations.regionCode,
            verified: organizations.verified,
          },
        })
        .from(lotNeeds)
        .innerJoin(needs, eq(needs.id, lotNeeds.needId))
        .innerJoin(organizations, eq(organizations.id, needs.buyerOrganizationId))
        .leftJoin(lotProducts, eq(lotProducts.needId, needs.id))
        .where(
          and(
            eq(lotNeeds.lotId, lotId),
            visibleTo
              ? or(
                  inArray(needs.status, [...visibleTo.publicStatuses]),
                  eq(needs.buyerOrganizationId, visibleTo.organizationId),
                  eq(needs.postedByOrganizationId, visibleTo.organizationId),
                )
              : undefined,
          ),
        )
        .orderBy(asc(needs.neededBy), asc(needs.id))
        .limit(limit) as Promise<LotNeedRow[]>,

    /** The lot's lines (its needs by line key) with their quantities, largest first. */
    lines: (lotId: string): Promise<LotLineRow[]> =>
      db
        .select({
          key: sql<string>`${lineOfNeed}`.as('key'),
          name: sql<string>`coalesce(min(${lotProducts.lineName}), '')`,
          quantity: sql<string>`sum(${needs.quantity})::text`,
          needsCount: sql<number>`count(*)::int`,
        })
        .from(lotNeeds)
        .innerJoin(needs, eq(needs.id, lotNeeds.needId))
        .leftJoin(lotProducts, eq(lotProducts.needId, needs.id))
        .where(eq(lotNeeds.lotId, lotId))
        .groupBy(sql`1`)
        .orderBy(sql`sum(${needs.quantity}) DESC`, sql`1`),

    /** Organizations buying the pooled needs: whom a publication notifies. */
    async buyerIds(lotId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ id: needs.buyerOrganizationId })
        .from(lotNeeds)
        .innerJoin(needs, eq(needs.id, lotNeeds.needId))
        .where(eq(lotNeeds.lotId, lotId));
      return rows.map((row) => row.id);
    },

    /** draft → published; undefined when the lot was no longer a draft (a concurrent publish or rebuild). */
    async publish(id: string, userId: string): Promise<LotRow | undefined> {
      const [row] = await db
        .update(lots)
        .set({
          status: 'published',
          publishedAt: sql`now()`,
          publishedByUserId: userId,
          updatedAt: sql`now()`,
        })
        .where(and(eq(lots.id, id), eq(lots.status, 'draft')))
        .returning();
      return row;
    },
  };
}
export type LotsRepo = ReturnType<typeof createLotsRepo>;
