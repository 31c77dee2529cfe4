import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbExecutor } from '../../db/client';
import { needs, regions } from '../../db/schema';
import {
  bilingualTsquery,
  epochMicros,
  escapeLike,
  fromEpochMicros,
  textCandidates,
  textRank,
  withTrigramThreshold,
} from '../../db/search-sql';
import type { PreparedSearchRow } from './needs.search.filters';
import { createPreparedNeedSearch } from './needs.search.prepared';
import { createTermSearch, fitsTermIndex } from './needs.search.terms';

export type NeedSearch = {
  q?: string;
  /** Codes starting with this string (see okpd2SubtreePrefix). */
  okpd2Prefix?: string;
  regionCode?: string;
  district?: string;
  statuses?: string[];
  critical?: boolean;
  buyerId?: string;
  postedById?: string;
  /** Rows this organization owns are visible whatever their status; undefined sees everything (analysts). */
  viewerOrganizationId?: string;
  publicStatuses: readonly string[];
  sort: 'date' | 'relevance';
  /** Keyset: the last row of the previous page. */
  after?: { key: string; id: string };
  limit: number;
};

/** `supplied`: the viewer supplies an order on the need (it may see the buyer's contacts). */
export type NeedSearchRow = PreparedSearchRow;

const TRIGRAM_COLUMNS = [needs.title, needs.replaces];

/** `text`: how `q` narrows the rows (all matches, or only the fuzzy ones the full-text phase missed). */
function filters(search: NeedSearch, text: SQL | undefined): SQL[] {
  const conditions: (SQL | undefined)[] = [
    text,
    // LIKE 'prefix%' on the dotted code is served by the text_pattern_ops index.
    search.okpd2Prefix ? sql`${needs.okpd2} LIKE ${`${escapeLike(search.okpd2Prefix)}%`}` : undefined,
    search.regionCode ? eq(needs.deliveryRegionCode, search.regionCode) : undefined,
    search.district
      ? inArray(
          needs.deliveryRegionCode,
          sql`(SELECT ${regions.code} FROM ${regions} WHERE ${regions.federalDistrict} = ${search.district})`,
        )
      : undefined,
    search.statuses ? inArray(needs.status, search.statuses) : undefined,
    search.critical === undefined ? undefined : eq(needs.critical, search.critical),
    search.buyerId ? eq(needs.buyerOrganizationId, search.buyerId) : undefined,
    search.postedById ? eq(needs.postedByOrganizationId, search.postedById) : undefined,
    search.viewerOrganizationId
      ? or(
          inArray(needs.status, [...search.publicStatuses]),
          eq(needs.buyerOrganizationId, search.viewerOrganizationId),
          eq(needs.postedByOrganizationId, search.viewerOrganizationId),
        )
      : undefined,
  ];
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

/** Words that matched no full-text entry but are similar to a title or part number (typos, `skf32210`). */
const fuzzyOnly = (q: string) => {
  const similar = TRIGRAM_COLUMNS.map(
    (column) => sql`SELECT ${needs.id} FROM ${needs} WHERE ${column} %> ${q}`,
  );
  return and(
    sql`${needs.id} = ANY(ARRAY(${sql.join(similar, sql` UNION `)}))`,
    sql`NOT (${needs.search} @@ ${bilingualTsquery(q)})`,
  );
};

export function createNeedsSearchRepo(db: Db) {
  const prepared = createPreparedNeedSearch(db);
  const byTerm = createTermSearch(db);

  /** The general query (drizzle, not prepared), in a transaction with the trigram threshold set. */
  const page = (executor: DbExecutor, search: NeedSearch, text: SQL | undefined) => {
    const rankedBy = search.sort === 'relevance' ? search.q : undefined;
    const sortKey =
      rankedBy !== undefined
        ? textRank(rankedBy, needs.search, TRIGRAM_COLUMNS)
        : epochMicros(needs.createdAt);
    const conditions = filters(search, text);
    if (search.after) {
      const { key, id } = search.after;
      conditions.push(
        rankedBy !== undefined
          ? sql`(${sortKey}, ${needs.id}) < (${key}::numeric, ${id}::uuid)`
          : sql`(${needs.createdAt}, ${needs.id}) < (${fromEpochMicros(key)}, ${id}::uuid)`,
      );
    }
    return executor
      .select({ id: needs.id, sortKey })
      .from(needs)
      .where(and(...conditions))
      .orderBy(...(rankedBy !== undefined ? [sql`${sortKey} DESC`] : [desc(needs.createdAt)]), desc(needs.id))
      .limit(search.limit);
  };

  /** The general query's page of ids, then those rows with their buyers (prepared) in its order. */
  async function general(search: NeedSearch, text: SQL | undefined): Promise<NeedSearchRow[]> {
    const keys = await withTrigramThreshold(db, (tx) => page(tx, search, text));
    if (keys.length === 0) return [];
    const rows = await prepared.hydrate(
      keys.map((key) => key.id),
      search.viewerOrganizationId,
    );
    const byId = new Map(rows.map((row) => [row.need.id, row]));
    return keys.map((key) => ({ ...byId.get(key.id)!, sortKey: key.sortKey }));
  }

  return {
    /**
     * One page, newest first or by relevance (with `q`). Full text and trigram candidates come from
     * their GIN indexes; only they are ranked. The keyset (sort key, id) never skips or repeats rows
     * when needs are added between pages. The common shapes run as prepared statements
     * (needs.search.prepared.ts): parsed and planned once per connection.
     */
    async search(search: NeedSearch): Promise<NeedSearchRow[]> {
      const { q } = search;
      if (q === undefined) return prepared.byDate(search);
      if (search.sort === 'relevance') {
        // Full-text matches rank above every fuzzy-only one (1 + ts_rank > word_similarity), so the
        // costly trigram phase runs only when they do not fill the page (a typo, a bare part number).
        const rows = fitsTermIndex({ ...search, q })
          ? await byTerm({ ...search, q })
          : await prepared.byRank({ ...search, q });
        if (rows.length >= search.limit) return rows;
        const rest = { ...search, limit: search.limit - rows.length };
        return [...rows, ...(await general(rest, fuzzyOnly(q)))];
      }
      return general(search, textCandidates(q, needs, needs.id, needs.search, TRIGRAM_COLUMNS));
    },
  };
}
export type NeedsSearchRepo = ReturnType<typeof createNeedsSearchRepo>;
