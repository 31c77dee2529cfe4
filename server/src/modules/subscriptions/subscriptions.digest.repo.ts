import { and, asc, desc, eq, gt, inArray, isNull, like, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { lotNeeds, lots, needs, regions, subscriptions, users } from '../../db/schema';
import { bilingualTsquery, escapeLike } from '../../db/search-sql';
import type { SubscriptionRow } from './subscriptions.repo';

export type Criteria = Pick<
  SubscriptionRow,
  'organizationId' | 'okpd2Prefixes' | 'regionCodes' | 'districts' | 'words'
>;
/** Published after `since`, up to `until` (the digest's run time, so nothing falls between two runs). */
export type Window = { since: Date; until: Date; limit: number };

/**
 * An open need the subscription follows: of one of its classes (a class covers the codes below it), in
 * one of its regions or districts, with its words; never the organization's own (bought or posted).
 */
function fittingNeed(db: DbExecutor, criteria: Criteria): SQL {
  const conditions: (SQL | undefined)[] = [
    eq(needs.status, 'open'),
    ne(needs.buyerOrganizationId, criteria.organizationId),
    ne(needs.postedByOrganizationId, criteria.organizationId),
  ];
  if (criteria.okpd2Prefixes.length > 0)
    conditions.push(or(...criteria.okpd2Prefixes.map((code) => like(needs.okpd2, `${escapeLike(code)}%`))));
  if (criteria.regionCodes.length > 0 || criteria.districts.length > 0)
    conditions.push(
      or(
        criteria.regionCodes.length > 0 ? inArray(needs.deliveryRegionCode, criteria.regionCodes) : undefined,
        criteria.districts.length > 0
          ? inArray(
              needs.deliveryRegionCode,
              db
                .select({ code: regions.code })
                .from(regions)
                .where(inArray(regions.federalDistrict, criteria.districts)),
            )
          : undefined,
      ),
    );
  if (criteria.words) conditions.push(sql`${needs.search} @@ ${bilingualTsquery(criteria.words)}`);
  return and(...conditions)!;
}

export type DigestNeedRow = Awaited<ReturnType<ReturnType<typeof createDigestRepo>['needs']>>[number];
export type DigestLotRow = Awaited<ReturnType<ReturnType<typeof createDigestRepo>['lots']>>[number];
export type Recipient = { userId: string; email: string; fullName: string; language: string };

export function createDigestRepo(db: DbExecutor) {
  return {
    /** New open needs that fit, newest first. */
    needs(criteria: Criteria, { since, until, limit }: Window) {
      return db
        .select({
          id: needs.id,
          title: needs.title,
          okpd2: needs.okpd2,
          quantity: needs.quantity,
          unit: needs.unit,
          deliveryRegionCode: needs.deliveryRegionCode,
          regionNameRu: regions.nameRu,
          regionNameEn: regions.nameEn,
          neededBy: needs.neededBy,
          publishedAt: needs.publishedAt,
        })
        .from(needs)
        .leftJoin(regions, eq(regions.code, needs.deliveryRegionCode))
        .where(and(fittingNeed(db, criteria), gt(needs.publishedAt, since), lte(needs.publishedAt, until)))
        .orderBy(desc(needs.publishedAt), desc(needs.id))
        .limit(limit);
    },

    /** Newly published lots that pool at least one need the subscription follows (not the organization's own). */
    lots(criteria: Criteria, { since, until, limit }: Window) {
      const pooledFittingNeed = db
        .select({ one: sql`1` })
        .from(lotNeeds)
        .innerJoin(needs, eq(needs.id, lotNeeds.needId))
        .where(and(eq(lotNeeds.lotId, lots.id), fittingNeed(db, criteria)));
      return db
        .select({
          id: lots.id,
          okpd2Kind: lots.okpd2Kind,
          unit: lots.unit,
          totalQuantity: lots.totalQuantity,
          needsCount: lots.needsCount,
          regionsCount: lots.regionsCount,
          publishedAt: lots.publishedAt,
        })
        .from(lots)
        .where(
          and(
            eq(lots.status, 'published'),
            gt(lots.publishedAt, since),
            lte(lots.publishedAt, until),
            sql`EXISTS (${pooledFittingNeed})`,
          ),
        )
        .orderBy(desc(lots.publishedAt), desc(lots.id))
        .limit(limit);
    },

    /** Members (still active) with daily subscriptions whose last digest is before `dueBefore`. */
    async dueRecipients(dueBefore: Date): Promise<string[]> {
      const rows = await db
        .selectDistinct({ userId: subscriptions.userId })
        .from(subscriptions)
        .innerJoin(
          users,
          and(eq(users.id, subscriptions.userId), eq(users.organizationId, subscriptions.organizationId)),
        )
        .where(
          and(
            eq(subscriptions.digest, 'daily'),
            or(isNull(subscriptions.lastDigestAt), lte(subscriptions.lastDigestAt, dueBefore)),
            isNull(users.disabledAt),
            isNull(users.removedAt),
          ),
        );
      return rows.map((row) => row.userId);
    },

    async recipient(userId: string): Promise<Recipient | undefined> {
      const [row] = await db
        .select({ userId: users.id, email: users.email, fullName: users.fullName, language: users.language })
        .from(users)
        .where(and(eq(users.id, userId), isNull(users.disabledAt), isNull(users.removedAt)));
      return row;
    },

    /**
     * The member's due daily subscriptions, locked for this run: a second worker skips them rather
     * than send the same digest twice.
     */
    lockDue(userId: string, dueBefore: Date): Promise<SubscriptionRow[]> {
      return db
        .select()
        .from(subscriptions)
        .where(
          and(
            eq(subscriptions.userId, userId),
            eq(subscriptions.digest, 'daily'),
            or(isNull(subscriptions.lastDigestAt), lte(subscriptions.lastDigestAt, dueBefore)),
          ),
        )
        .orderBy(asc(subscriptions.createdAt), asc(subscriptions.id))
        .for('update', { skipLocked: true });
    },

    /** Names of the regions the digest's subscriptions follow. */
    async regionNames(codes: string[]): Promise<Map<string, { nameRu: string; nameEn: string }>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: regions.code, nameRu: regions.nameRu, nameEn: regions.nameEn })
        .from(regions)
        .where(inArray(regions.code, codes));
      return new Map(rows.map(({ code, ...names }) => [code, names]));
    },

    async markDigested(ids: string[], until: Date): Promise<void> {
      if (ids.length === 0) return;
      await db.update(subscriptions).set({ lastDigestAt: until }).where(inArray(subscriptions.id, ids));
    },
  };
}
export type DigestRepo = ReturnType<typeof createDigestRepo>;
