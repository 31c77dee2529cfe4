import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { prepareRowMapped } from '../../db/row-mapped-statement';
import { literalLimit } from '../../db/search-sql';
import { needSearchTerms, needs, organizations } from '../../db/schema';
import { needBuyerColumns, needColumns } from './needs.repo';
import {
  bindFilters,
  ph,
  type PreparedSearchRow,
  shapeOf,
  statementCache,
  suppliedByViewer,
} from './needs.search.filters';
import type { NeedSearch } from './needs.search.repo';

/**
 * One-word searches through need_search_terms (schema.ts): the word's lexeme, its needs in rank order
 * straight from the index, each joined to its need by primary key and filtered, until a page is full.
 * A common word costs a page of rows instead of ranking its thousand matches.
 *
 * The lexeme is the word through the `russian` configuration, or `english` when that drops it (a
 * Russian stop word). A need matching the word through either configuration holds that lexeme: both
 * stem Latin words alike, and a Cyrillic word's `english` lexeme is the word itself, whose `russian`
 * stem is then in the need's vector too. So this finds what the full-text phase (`search @@ q`) finds,
 * and the fuzzy-only phase after it (needs.search.repo.ts) still adds exactly the rest.
 */

/** Letters and digits only: one token of the default parser, so at most one lexeme per configuration. */
const ONE_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Searches this path serves: one word, filtered at most by status, criticality and visibility. Narrower
 * filters (OKPD2, region, organization) leave the full-text path faster: they cut the candidates first.
 */
export const fitsTermIndex = (search: NeedSearch & { q: string }) =>
  ONE_WORD.test(search.q) &&
  !search.okpd2Prefix &&
  !search.regionCode &&
  !search.district &&
  !search.buyerId &&
  !search.postedById;

const lexeme = sql`coalesce((tsvector_to_array(to_tsvector('russian', ${ph('q')})))[1], (tsvector_to_array(to_tsvector('english', ${ph('q')})))[1])`;

export function createTermSearch(db: Db) {
  const build = (
    search: NeedSearch,
    conditions: ReturnType<typeof bindFilters>['conditions'],
    name: string,
  ) =>
    prepareRowMapped<PreparedSearchRow>(
      db,
      name,
      db
        .select({
          need: needColumns,
          sortKey: sql<string>`${needSearchTerms.rank}::text`,
          buyer: needBuyerColumns,
          supplied: suppliedByViewer,
        })
        .from(needSearchTerms)
        .innerJoin(needs, eq(needs.id, needSearchTerms.needId))
        .innerJoin(organizations, eq(organizations.id, needs.buyerOrganizationId))
        .where(and(sql`${needSearchTerms.lexeme} = ${lexeme}`, ...conditions))
        .orderBy(desc(needSearchTerms.rank), desc(needSearchTerms.needId))
        .limit(literalLimit(search.limit)),
    );
  const statements = statementCache<ReturnType<typeof build>>();

  /** The page of one word's matches, best first (rank, then newest id), after the cursor. */
  return (search: NeedSearch & { q: string }) => {
    const { values, conditions } = bindFilters(search, { q: search.q });
    if (search.after) {
      values.afterKey = search.after.key;
      values.afterId = search.after.id;
      conditions.push(
        sql`(${needSearchTerms.rank}, ${needSearchTerms.needId}) < (${ph('afterKey')}::numeric, ${ph('afterId')}::uuid)`,
      );
    }
    const name = `needs_by_term_${shapeOf(search)}`;
    return statements(name, () => build(search, conditions, name))(values);
  };
}
