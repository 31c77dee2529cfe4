import { sql, type SQL } from 'drizzle-orm';
import { rowMappedSelection } from '../../db/row-mapped-statement';
import {
  bilingualTsquery,
  epochMicros,
  fromEpochMicros,
  similarCandidates,
  similarityRank,
  textCandidates,
  wordRank,
} from '../../db/search-sql';
import { needs, organizations } from '../../db/schema';
import { needBuyerColumns, needColumns, type NeedWithBuyer } from './needs.repo';
import { ph, rankedAfter, suppliedByViewer, whereAll } from './needs.search.filters';
import { termMatches } from './needs.search.terms';

/**
 * The SQL of the two ways a page is found, each one statement and one round trip: by date (all needs,
 * or the candidates of some words) and by relevance (words). The inner query finds the page's ids and
 * sort keys (`page_ids`); the outer one adds those rows, their buyers and whether the viewer supplies an
 * order on each (who may see the buyer's contacts) by primary key. `limit` is written into the text.
 */

/** A page row: the need, its buyer, its sort key, and whether the viewer supplies an order on it. */
export type NeedSearchRow = NeedWithBuyer & { sortKey: string; supplied: boolean };

export const page = rowMappedSelection<NeedSearchRow>({
  need: needColumns,
  sortKey: sql`page_ids.key`,
  buyer: needBuyerColumns,
  supplied: suppliedByViewer,
});

const q = ph('q');
/** `q` with its dictionary alternatives OR-ed, for full text only (needs.search.repo.ts). */
const qx = ph('qx');
const TRIGRAM_COLUMNS = [needs.title, needs.replaces];
const matchesWords = sql`${needs.search} @@ ${bilingualTsquery(qx)}`;
const wordMatchRank = wordRank(qx, needs.search);
const similarity = similarityRank(q, TRIGRAM_COLUMNS);

/** The page's rows with their buyers, in the order of `page_ids` (id, sort_key, key). */
const withBuyers = (pageIds: SQL) => sql`SELECT ${page.selectList}
  FROM (${pageIds}) page_ids
  JOIN ${needs} ON ${needs.id} = page_ids.id
  JOIN ${organizations} ON ${organizations.id} = ${needs.buyerOrganizationId}
  ORDER BY page_ids.sort_key DESC, page_ids.id DESC`;

/** Newest first; with `q`, among the needs matching its words or similar to them. */
export function byDate(filters: SQL[], words: boolean, after: boolean, limit: number) {
  const conditions = [
    ...(words ? [textCandidates(q, needs, needs.id, needs.search, TRIGRAM_COLUMNS, qx)] : []),
    ...filters,
    ...(after
      ? [
          sql`(${needs.createdAt}, ${needs.id}) < (${fromEpochMicros(ph('afterKey'))}, ${ph('afterId')}::uuid)`,
        ]
      : []),
  ];
  return withBuyers(sql`SELECT ${needs.id} AS id, ${needs.createdAt} AS sort_key,
      ${epochMicros(needs.createdAt)} AS key
    FROM ${needs} ${whereAll(conditions)}
    ORDER BY ${needs.createdAt} DESC, ${needs.id} DESC LIMIT ${sql.raw(String(limit))}`);
}

/**
 * Best first. Word matches are ranked first, alone (from the term index for one word, else by ranking
 * the full-text matches); the fuzzy-only ones (the costly trigram phase) are looked for only when they
 * leave the page short: their LIMIT is what is left of the page, and a LIMIT of 0 never runs its scan.
 * The keyset (sort key, id) spans both, so pages never skip or repeat rows.
 */
export function byRelevance(filters: SQL[], after: boolean, limit: number, term: boolean) {
  const rows = sql.raw(String(limit));
  const keyset = (key: SQL) => (after ? [rankedAfter(key, needs.id)] : []);
  // A cursor among the fuzzy-only matches (key below 1) skips the word phase without ranking it.
  const pastWords = after ? [sql`${ph('afterKey')}::numeric >= 1`] : [];
  const words = term
    ? termMatches(filters, after, rows)
    : sql`SELECT ${needs.id} AS id, ${wordMatchRank} AS sort_key FROM ${needs}
      ${whereAll([...pastWords, matchesWords, ...filters, ...keyset(wordMatchRank)])}
      ORDER BY 2 DESC, 1 DESC LIMIT ${rows}`;
  return sql`WITH words AS (${words}), fuzzy AS (
      SELECT ${needs.id} AS id, ${similarity} AS sort_key FROM ${needs}
      ${whereAll([similarCandidates(q, needs, needs.id, TRIGRAM_COLUMNS), sql`NOT ${matchesWords}`, ...filters, ...keyset(similarity)])}
      ORDER BY 2 DESC, 1 DESC LIMIT ${rows} - (SELECT count(*) FROM words)
    )
    ${withBuyers(sql`SELECT id, sort_key, sort_key::text AS key FROM (
        SELECT id, sort_key FROM words UNION ALL SELECT id, sort_key FROM fuzzy
        ORDER BY sort_key DESC, id DESC LIMIT ${rows}
      ) ranked`)}`;
}
