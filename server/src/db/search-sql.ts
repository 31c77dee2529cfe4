import { type AnyColumn, type Placeholder, sql, type SQL, type Table } from 'drizzle-orm';

/**
 * word_similarity above which a title, part number or analogue counts as a match. The pg_trgm default
 * (0.6) misses one-letter typos in short words ("подшибник" vs "Подшипники" scores 0.5).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

export const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

/** The user's words, a value or a placeholder (prepared statements). */
type Words = string | Placeholder;

/** The user's words through both configurations, OR-ed: Russian morphology and English stems alike. */
export const bilingualTsquery = (q: Words): SQL =>
  sql`(websearch_to_tsquery('russian', ${q}) || websearch_to_tsquery('english', ${q}))`;

/**
 * `id = ANY(ARRAY(ids of the branches, UNION-ed))`. Each branch is planned on its own and served by its
 * GIN index; the array is computed once, before the outer query, which then fetches only those rows by
 * primary key. So word_similarity (the costly part of search and ranking) runs on candidates, never
 * over the whole table, whatever the planner thinks of its cost.
 */
const candidateIds = (id: AnyColumn, branches: SQL[]) =>
  sql`${id} = ANY(ARRAY(${sql.join(branches, sql` UNION `)}))`;

/** `%>` is word_similarity(q, column) >= the threshold (client.ts sets it): typos, part numbers. */
const similarBranches = (q: Words, table: Table, id: AnyColumn, trigramColumns: AnyColumn[]) =>
  trigramColumns.map((column) => sql`SELECT ${id} FROM ${table} WHERE ${column} %> ${q}`);

/**
 * Rows matching the words in full text or with a similar word in a trigram column. `tsWords` are the
 * words for full text when they differ from `q`: the query with its dictionary alternatives OR-ed
 * (server/src/lib/term-dictionary.ts), which would only blur the trigram similarity of `q`.
 */
export const textCandidates = (
  q: Words,
  table: Table,
  id: AnyColumn,
  search: AnyColumn,
  trigramColumns: AnyColumn[],
  tsWords: Words = q,
): SQL =>
  candidateIds(id, [
    sql`SELECT ${id} FROM ${table} WHERE ${search} @@ ${bilingualTsquery(tsWords)}`,
    ...similarBranches(q, table, id, trigramColumns),
  ]);

/** Rows with a similar word in a trigram column (whether or not they match in full text). */
export const similarCandidates = (q: Words, table: Table, id: AnyColumn, trigramColumns: AnyColumn[]): SQL =>
  candidateIds(id, similarBranches(q, table, id, trigramColumns));

/**
 * Relevance is a numeric of fixed scale (a cursor holds it exactly): a word match's is 1 + text rank
 * (title and part numbers weigh more than descriptions), above every fuzzy-only match's, which is its
 * best word_similarity (at most 1).
 */
const wordRankOf = (search: AnyColumn, tsquery: SQL) => sql`1 + ts_rank(${search}, ${tsquery})`;
const similarityOf = (q: Words, trigramColumns: AnyColumn[]) =>
  sql`greatest(${sql.join(
    trigramColumns.map((column) => sql`word_similarity(${q}, coalesce(${column}, ''))`),
    sql`, `,
  )})`;
const fixedScale = (value: SQL) => sql<string>`round((${value})::numeric, 6)`;

/** The relevance of a word match. */
export const wordRank = (q: Words, search: AnyColumn): SQL<string> =>
  fixedScale(wordRankOf(search, bilingualTsquery(q)));

/** The relevance of a fuzzy-only match. */
export const similarityRank = (q: Words, trigramColumns: AnyColumn[]): SQL<string> =>
  fixedScale(similarityOf(q, trigramColumns));

/**
 * The relevance of any candidate: word_similarity, the costly function, is computed for fuzzy-only
 * matches alone (CASE is lazy). `tsWords` as in textCandidates.
 */
export function textRank(
  q: Words,
  search: AnyColumn,
  trigramColumns: AnyColumn[],
  tsWords: Words = q,
): SQL<string> {
  const tsquery = bilingualTsquery(tsWords);
  return fixedScale(
    sql`CASE WHEN ${search} @@ ${tsquery} THEN ${wordRankOf(search, tsquery)} ELSE ${similarityOf(q, trigramColumns)} END`,
  );
}

/** Epoch microseconds as text: the exact position of a timestamptz in a date-ordered keyset. */
export const epochMicros = (column: AnyColumn): SQL<string> =>
  sql<string>`(extract(epoch from ${column}) * 1000000)::bigint::text`;

/** The timestamptz back from epoch microseconds, exactly (integer interval arithmetic). */
export const fromEpochMicros = (micros: string | Placeholder): SQL =>
  sql`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;
