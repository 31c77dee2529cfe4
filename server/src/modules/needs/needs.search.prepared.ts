import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { prepareRowMapped } from '../../db/row-mapped-statement';
import { literalLimit } from '../../db/search-sql';
import { needs, organizations } from '../../db/schema';
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
 * The hot paths of needs search as named prepared statements (pg parses and plans them once per
 * connection, then binds values; rows mapped by compiled mappers, row-mapped-statement.ts): the list without words, and the full-text phase of a word search.
 * One statement per shape of filters (needs.search.filters.ts), built once by drizzle. Each answers a
 * whole page in one round trip: the page's rows, their buyers and whether the viewer supplies an order
 * on each (who may see the buyer's contacts) are joined to the page, never to every candidate before
 * the sort.
 */

const epochMicros = sql<string>`(extract(epoch from ${needs.createdAt}) * 1000000)::bigint::text`;
/** bilingualTsquery (search-sql.ts) of the bound `q`. */
const tsquery = sql`(websearch_to_tsquery('russian', ${ph('q')}) || websearch_to_tsquery('english', ${ph('q')}))`;
/** Equals textRank's value for a full-text match (search-sql.ts), so cursors of both phases agree. */
const ftsRank = sql<string>`round((1 + ts_rank(${needs.search}, ${tsquery}))::numeric, 6)`;

export function createPreparedNeedSearch(db: Db) {
  /**
   * The page's need ids and sort keys (`where`, `order`, LIMIT) in a subquery; the outer query fetches
   * those rows, their buyers and the supplied flag by primary key, and sorts the page again.
   */
  const wholePage = (
    where: SQL | undefined,
    sortKey: SQL<string>,
    order: SQL[],
    limit: number,
    name: string,
  ) => {
    const ids = db
      .select({ id: needs.id, sortKey: sortKey.as('sort_key') })
      .from(needs)
      .where(where)
      .orderBy(...order)
      .limit(literalLimit(limit))
      .as('page_ids');
    return prepareRowMapped<PreparedSearchRow>(
      db,
      name,
      db
        .select({
          need: needColumns,
          sortKey: sql<string>`${ids.sortKey}`,
          buyer: needBuyerColumns,
          supplied: suppliedByViewer,
        })
        .from(ids)
        .innerJoin(needs, eq(needs.id, ids.id))
        .innerJoin(organizations, eq(organizations.id, needs.buyerOrganizationId))
        .orderBy(...order),
    );
  };
  type Statement = ReturnType<typeof wholePage>;
  const dated = statementCache<Statement>();
  const ranked = statementCache<Statement>();
  const hydrate = prepareRowMapped<Omit<PreparedSearchRow, 'sortKey'>>(
    db,
    'needs_search_hydrate',
    db
      .select({ need: needColumns, buyer: needBuyerColumns, supplied: suppliedByViewer })
      .from(needs)
      .innerJoin(organizations, eq(organizations.id, needs.buyerOrganizationId))
      .where(sql`${needs.id} = ANY(${ph('ids')}::uuid[])`),
  );

  return {
    /** Newest first, no words. */
    byDate(search: NeedSearch) {
      const { values, conditions } = bindFilters(search);
      if (search.after) {
        values.afterKey = search.after.key;
        values.afterId = search.after.id;
        conditions.push(
          sql`(${needs.createdAt}, ${needs.id}) < (timestamptz 'epoch' + ${ph('afterKey')}::bigint * interval '1 microsecond', ${ph('afterId')}::uuid)`,
        );
      }
      const name = `needs_by_date_${shapeOf(search)}`;
      const statement = dated(name, () =>
        wholePage(
          and(...conditions),
          epochMicros,
          [desc(needs.createdAt), desc(needs.id)],
          search.limit,
          name,
        ),
      );
      return statement(values);
    },

    /** Full-text matches of `q` (Russian and English), best first: the first phase of a word search. */
    byRank(search: NeedSearch & { q: string }) {
      const { values, conditions } = bindFilters(search, { q: search.q });
      if (search.after) {
        values.afterKey = search.after.key;
        values.afterId = search.after.id;
        conditions.push(
          sql`(${ftsRank}, ${needs.id}) < (${ph('afterKey')}::numeric, ${ph('afterId')}::uuid)`,
        );
      }
      const name = `needs_by_rank_${shapeOf(search)}`;
      const statement = ranked(name, () =>
        wholePage(
          and(sql`${needs.search} @@ ${tsquery}`, ...conditions),
          ftsRank,
          [sql`${ftsRank} DESC`, desc(needs.id)],
          search.limit,
          name,
        ),
      );
      return statement(values);
    },

    /** The rows of `ids` (found by the general query) with their buyers and supplied flags, in any order. */
    hydrate: (ids: string[], viewerOrganizationId: string | undefined) =>
      hydrate({ ids, viewer: viewerOrganizationId ?? null }),
  };
}
