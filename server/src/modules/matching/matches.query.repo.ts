import { and, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../db/client';
import { capabilities, matches, needMatchStates, needs, organizations, regions } from '../../db/schema';
import { epochMicros, escapeLike, fromEpochMicros } from '../../db/search-sql';

const buyers = alias(organizations, 'buyer');

const matchRowColumns = {
  match: {
    id: matches.id,
    needId: matches.needId,
    capabilityId: matches.capabilityId,
    manufacturerOrganizationId: matches.manufacturerOrganizationId,
    score: matches.score,
    relevance: matches.relevance,
    notified: matches.notified,
    components: matches.components,
    interregional: matches.interregional,
    distanceKm: matches.distanceKm,
    status: matches.status,
    reviewReason: matches.reviewReason,
    reviewedAt: matches.reviewedAt,
    supplierVerdict: matches.supplierVerdict,
    supplierVerdictNote: matches.supplierVerdictNote,
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
    relevance: string;
    notified: boolean;
    components: Record<string, number>;
    interregional: boolean;
    distanceKm: number;
    status: string;
    reviewReason: string | null;
    reviewedAt: Date | null;
    supplierVerdict: string | null;
    supplierVerdictNote: string | null;
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

/** Who reads matches without being an analyst: the need's buyer side, or the capability's manufacturer. */
export type MatchView = 'buyer' | 'manufacturer';

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

  /**
   * What a viewer who is not an analyst sees: no dismissed pairs; the buyer side no pairs the manufacturer
   * refused either; a manufacturer only its strong (alerted) matches, on needs it may see.
   */
  const visible = (view: MatchView | null, needStatuses?: readonly string[]) =>
    and(
      view ? sql`${matches.status} <> 'dismissed'` : undefined,
      view === 'buyer' ? sql`${matches.supplierVerdict} IS NULL` : undefined,
      view === 'manufacturer' ? eq(matches.notified, true) : undefined,
      needStatuses ? inArray(needs.status, [...needStatuses]) : undefined,
    );

  return {
    async findById(id: string): Promise<MatchRow | undefined> {
      const [row] = await base().where(eq(matches.id, id));
      return row as MatchRow | undefined;
    },

    /** Best first (relevance first, fit second); `view` null for analysts, who see every pair. */
    async forNeed(needId: string, view: 'buyer' | null): Promise<MatchRow[]> {
      const rows = await base()
        .where(and(eq(matches.needId, needId), visible(view)))
        .orderBy(desc(matches.score), matches.capabilityId);
      return rows as MatchRow[];
    },

    /** `needStatuses` limits to needs the viewer may see (reviewed matches outlive them). */
    async forCapability(
      capabilityId: string,
      view: 'manufacturer' | null,
      needStatuses?: readonly string[],
    ): Promise<MatchRow[]> {
      const rows = await base()
        .where(and(eq(matches.capabilityId, capabilityId), visible(view, needStatuses)))
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

    /** A need's last matching run: the version it looked at and when (undefined: never). */
    async runOf(
      needId: string,
    ): Promise<{ matchedVersion: number | null; matchedAt: Date | null } | undefined> {
      const [row] = await db
        .select({ matchedVersion: needMatchStates.matchedVersion, matchedAt: needMatchStates.matchedAt })
        .from(needMatchStates)
        .where(eq(needMatchStates.needId, needId));
      return row;
    },

    /** Store the manufacturer's answer to an alert (once: a second answer changes nothing). */
    async setSupplierVerdict(
      id: string,
      values: {
        supplierVerdict: string;
        supplierVerdictNote: string | null;
        supplierVerdictByUserId: string | null;
      },
    ): Promise<boolean> {
      const updated = await db
        .update(matches)
        .set({ ...values, supplierVerdictAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(matches.id, id), sql`${matches.supplierVerdict} IS NULL`))
        .returning({ id: matches.id });
      return updated.length > 0;
    },
  };
}
export type MatchesQueryRepo = ReturnType<typeof createMatchesQueryRepo>;
