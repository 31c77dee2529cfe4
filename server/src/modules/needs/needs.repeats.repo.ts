import { and, desc, gte, ne, or, sql, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { needs } from '../../db/schema';
import type { NeedStatus } from '@zamena/shared/needs/needs.schemas';

/** How alike two titles must be (pg_trgm similarity of their lower-cased words) to warn of a repeat. */
const SIMILARITY = 0.6;
const LIMIT = 5;

export function createNeedsSimilarRepo(db: DbExecutor) {
  return {
    /**
     * Needs the organization posted or buys since `since` whose title is the same once case and spacing
     * are set aside, or close by trigrams; cancelled ones are no repeat.
     */
    similarSince: (organizationId: string, title: string, since: Date) =>
      db
        .select({ id: needs.id, title: needs.title, status: needs.status, createdAt: needs.createdAt })
        .from(needs)
        .where(
          and(
            or(
              eq(needs.postedByOrganizationId, organizationId),
              eq(needs.buyerOrganizationId, organizationId),
            ),
            gte(needs.createdAt, since),
            ne(needs.status, 'cancelled'),
            or(
              sql`regexp_replace(lower(${needs.title}), '\\s+', ' ', 'g') = regexp_replace(lower(${title}), '\\s+', ' ', 'g')`,
              sql`similarity(lower(${needs.title}), lower(${title})) >= ${SIMILARITY}`,
            ),
          ),
        )
        .orderBy(desc(needs.createdAt))
        .limit(LIMIT),
  };
}

export const toSimilarNeed = (row: { id: string; title: string; status: string; createdAt: Date }) => ({
  id: row.id,
  title: row.title,
  status: row.status as NeedStatus,
  createdAt: row.createdAt.toISOString(),
});
