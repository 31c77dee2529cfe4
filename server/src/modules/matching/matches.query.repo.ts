import { and, desc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../db/client';
import { capabilities, matches, needs, organizations, regions } from '../../db/schema';
import { epochMicros, escapeLike, fromEpochMicros } from '../../db/search-sql';

const buyers = alias(organizations, 'buyer');

const matchRowColumns = {
  match: {
    id: matches.id,
    needId: matches.needId,
    capabilityId: matches.capabilityId,
    manufacturerOrganizationId: matches.manufacturerOrganizationId,
    score: matches.score,
    components: matches.components,
    interregional: matches.interregional,
    distanceKm: matches.distanceKm,
    status: matches.status,
    reviewReason: matches.reviewReason,
    reviewedAt: matches.reviewedAt,
    createdAt: matches.createdAt,
    updatedAt: matches.updatedAt,
  },
  manufacturer: {
    id: organizations.id,
    name: organizations.name,
    regionCode: organizations.regionCode,
    verified: organizations.verified,
  },
  need: {
    id: needs.id,
    title: needs.title,
    okpd2: needs.okpd2,
    quantity: needs.quantity,
    unit: needs.unit,
    neededBy: needs.neededBy,
    deliveryRegionCode: needs.deliveryRegionCode,
    critical: needs.critical,
    status: needs.status,
    buyerOrganizationId: needs.buyerOrganizationId,
    postedByOrganizationId: needs.postedByOrganizationId,
  },
  buyer: { id: buyers.id, name: buyers.name, regionCode: buyers.regionCode, verified: buyers.verified },
  capability: {
    id: capabilities.id,
    title: capabilities.title,
    okpd2: capabilities.okpd2,
    leadTimeDays: capabilities.leadTimeDays,
  },
};

export type MatchRow = {
  match: {
    id: string;
    needId: string;
    capabilityId: string;
    manufacturerOrganizationId: string;
    score: string;
    components: Record<string, number>;
    interregional: boolean;
    distanceKm: number;
    status: string;
    reviewReason: string | null;
    reviewedAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  };
  manufacturer: { id: string; name: string; regionCode: string; verified: boolean };
  need: {
    id: string;
    title: string;
    okpd2: string;
    quantity: string;
    unit: string;
    neededBy: string;
    deliveryRegionCode: string;
    critical: boolean;
    status: string;
    buyerOrganizationId: string;
    postedByOrganizationId: string;
  };
  buyer: { id: string; name: string; regionCode: string; verified: boolean };
  capability: { id: string; title: string; okpd2: string[]; leadTimeDays: number };
};

export type MatchQueueFilter = {
  statuses?: string[];
  regionCode?: string;
  district?: string;
  /** The need's OKPD2 code starts with it (see okpd2SubtreePrefix). */
  okpd2Prefix?: string;
  minScore?: number;
  sort: 'score' | 'date';
  after?: { key: string; id: string };
  limit: number;
};

export type MatchQueueRow = MatchRow & { sortKey: string };

export function createMatchesQueryRepo(db: DbExecutor) {
  /** Every read joins the same rows; the queue adds its sort key. */
  const base = (sortKey: SQL<string> = sql<string>`''`) =>
    db
      .select({ ...matchRowColumns, sortKey })
      .from(matches)
      .innerJoin(needs, eq(needs.id, matches.needId))
      .innerJoin(capabilities, eq(capabilities.id, matches.capabilityId))
      .innerJoin(organizations, eq(organizations.id, matches.manufacturerOrganizationId))
      .innerJoin(buyers, eq(buyers.id, needs.buyerOrganizationId));

  const visible = (hideDismissed: boolean, needStatuses?: readonly string[]) =>
    and(
      hideDismissed ? sql`${matches.status} <> 'dismissed'` : undefined,
      needStatuses ? inArray(needs.status, [...needStatuses]) : undefined,
    );

  return {
    async findById(id: string): Promise<MatchRow | undefined> {
      const [row] = await base().where(eq(matches.id, id));
      return row as MatchRow | undefined;
    },

    /** Best first; `needStatuses` limits to needs the viewer may see (reviewed matches outlive them). */
    async forNeed(needId: string, hideDismissed: boolean): Promise<MatchRow[]> {
      const rows = await base()
        .where(and(eq(matches.needId, needId), visible(hideDismissed)))
        .orderBy(desc(matches.score), matches.capabilityId);
      return rows as MatchRow[];
    },

    async forCapability(
      capabilityId: string,
      hideDismissed: boolean,
      needStatuses?: readonly string[],
    ): Promise<MatchRow[]> {
      const rows = await base()
        .where(and(eq(matches.capabilityId, capabilityId), visible(hideDismissed, needStatuses)))
        .orderBy(desc(matches.score), matches.needId)
        .limit(200);
      return rows as MatchRow[];
    },

    /** The review queue: keyset pages by score (or creation), filters on the need. */
    async queue(filter: MatchQueueFilter): Promise<MatchQueueRow[]> {
      const sortKey =
        filter.sort === 'score' ? sql<string>`${matches.score}::text` : epochMicros(matches.createdAt);
      const conditions: (SQL | undefined)[] = [
        filter.statuses ? inArray(matches.status, filter.statuses) : undefined,
        filter.regionCode ? eq(needs.deliveryRegionCode, filter.regionCode) : undefined,
        filter.district
          ? inArray(
              needs.deliveryRegionCode,
              sql`(SELECT ${regions.code} FROM ${regions} WHERE ${regions.federalDistrict} = ${filter.district})`,
            )
          : undefined,
        filter.okpd2Prefix ? sql`${needs.okpd2} LIKE ${`${escapeLike(filter.okpd2Prefix)}%`}` : undefined,
        filter.minScore !== undefined ? gte(matches.score, filter.minScore.toFixed(4)) : undefined,
      ];
      if (filter.after) {
        const { key, id } = filter.after;
        conditions.push(
          filter.sort === 'score'
            ? sql`(${matches.score}, ${matches.id}) < (${key}::numeric, ${id}::uuid)`
            : sql`(${matches.createdAt}, ${matches.id}) < (${fromEpochMicros(key)}, ${id}::uuid)`,
        );
      }
      const rows = await base(sortKey)
        .where(and(...conditions))
        .orderBy(filter.sort === 'score' ? desc(matches.score) : desc(matches.createdAt), desc(matches.id))
        .limit(filter.limit);
      return rows as MatchQueueRow[];
    },

    async review(
      id: string,
      values: { status: string; reviewReason: string | null; reviewedByUserId: string },
    ): Promise<void> {
      await db
        .update(matches)
        .set({ ...values, reviewedAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(matches.id, id));
    },

    /** Reviewed matches with their stored components: the labelled data of `npm run eval:matching`. */
    reviewed: () =>
      db
        .select({
          needId: matches.needId,
          capabilityId: matches.capabilityId,
          components: matches.components,
          status: matches.status,
        })
        .from(matches)
        .where(or(eq(matches.status, 'approved'), eq(matches.status, 'dismissed'))),
  };
}
export type MatchesQueryRepo = ReturnType<typeof createMatchesQueryRepo>;
