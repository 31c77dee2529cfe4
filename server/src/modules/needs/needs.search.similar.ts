import { and, desc, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { needs } from '../../db/schema';
import { bilingualTsquery } from '../../db/search-sql';
import { termDictionary, websearchAlternativesOfAny } from '../../lib/term-dictionary';
import { PUBLIC_NEED_STATUSES } from './needs.permissions';

/** Needs read to suggest codes for a title: the best-ranked ones, enough to outvote one odd filing. */
const SIMILAR_NEEDS = 50;

/**
 * The OKPD2 codes of published needs whose titles and descriptions share words with `title` (any of
 * them, in either language), most supported first: each code weighs the summed text rank of its needs.
 * Drafts and cancelled needs are left out (another organization's drafts are not to be seen).
 */
export function createSimilarNeedCodes(db: Db) {
  return async (title: string, limit: number): Promise<string[]> => {
    const words = websearchAlternativesOfAny(termDictionary(), title);
    if (words === null) return [];
    const query = bilingualTsquery(words);
    const similar = db
      .select({ okpd2: needs.okpd2, rank: sql<number>`ts_rank(${needs.search}, ${query})`.as('rank') })
      .from(needs)
      .where(
        and(
          sql`${needs.search} @@ ${query}`,
          isNotNull(needs.okpd2),
          inArray(needs.status, [...PUBLIC_NEED_STATUSES]),
        ),
      )
      .orderBy(desc(sql`rank`))
      .limit(SIMILAR_NEEDS)
      .as('similar');
    const rows = await db
      .select({ code: sql<string>`${similar.okpd2}` })
      .from(similar)
      .groupBy(similar.okpd2)
      .orderBy(desc(sql`sum(${similar.rank})`), similar.okpd2)
      .limit(limit);
    return rows.map((row) => row.code);
  };
}
export type SimilarNeedCodes = ReturnType<typeof createSimilarNeedCodes>;
