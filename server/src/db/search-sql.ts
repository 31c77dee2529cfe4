import { sql, type AnyColumn, type SQL, type Table } from 'drizzle-orm';
import type { Db, DbExecutor } from './client';

/**
 * word_similarity above which a title, part number or analogue counts as a match. The pg_trgm default
 * (0.6) misses one-letter typos in short words ("подшибник" vs "Подшипники" scores 0.5).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

export const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

/** The user's words through both configurations, OR-ed: Russian morphology and English stems alike. */
export const bilingualTsquery = (q: string): SQL =>
  sql`(websearch_to_tsquery('russian', ${q}) || websearch_to_tsquery('english', ${q}))`;

/**
 * `id = ANY(ARRAY(ids matching the full text UNION ids with a similar word in a trigram column))`.
 * Each branch is planned on its own and served by its GIN index; the array is computed once, before
 * the outer query, which then fetches only those rows by primary key. So word_similarity (the costly
 * part of search and ranking) runs on candidates, never over the whole table, whatever the planner
 * thinks of its cost. `%>` is word_similarity(q, column) >= the threshold: typos, part numbers.
 */
export function textCandidates(
  q: string,
  table: Table,
  id: AnyColumn,
  search: AnyColumn,
  trigramColumns: AnyColumn[],
): SQL {
  const branches = [
    sql`SELECT ${id} FROM ${table} WHERE ${search} @@ ${bilingualTsquery(q)}`,
    ...trigramColumns.map((column) => sql`SELECT ${id} FROM ${table} WHERE ${column} %> ${q}`),
  ];
  return sql`${id} = ANY(ARRAY(${sql.join(branches, sql` UNION `)}))`;
}

/**
 * Relevance as a numeric of fixed scale (a cursor holds it exactly). Word matches come first (1 + text
 * rank, title and part numbers weigh more than descriptions); fuzzy-only matches follow by their best
 * word_similarity, which is computed for them alone (CASE is lazy): it is the costly function.
 */
export function textRank(q: string, search: AnyColumn, trigramColumns: AnyColumn[]): SQL<string> {
  const tsquery = bilingualTsquery(q);
  const similarities = trigramColumns.map((column) => sql`word_similarity(${q}, coalesce(${column}, ''))`);
  return sql<string>`round((CASE WHEN ${search} @@ ${tsquery} THEN 1 + ts_rank(${search}, ${tsquery}) ELSE greatest(${sql.join(
    similarities,
    sql`, `,
  )}) END)::numeric, 6)`;
}

/** Epoch microseconds as text: the exact position of a timestamptz in a date-ordered keyset. */
export const epochMicros = (column: AnyColumn): SQL<string> =>
  sql<string>`(extract(epoch from ${column}) * 1000000)::bigint::text`;

/** The timestamptz back from epoch microseconds, exactly (integer interval arithmetic). */
export const fromEpochMicros = (micros: string): SQL =>
  sql`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;

/** Runs a search with the trigram threshold set for this transaction only (it is a session setting). */
export function withTrigramThreshold<T>(db: Db, work: (tx: DbExecutor) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(
        sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
      );
      return work(tx);
    },
    { accessMode: 'read only' },
  );
}

/**
 * A LIMIT written into the statement's text instead of bound: under a generic plan (named prepared
 * statements) PostgreSQL plans `LIMIT $1` as a tenth of the candidates and joins them by hashing whole
 * tables; with the number in the text it plans for one page (nested loops by primary key). Give the
 * statement a name per limit.
 */
export function literalLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`not a row count: ${limit}`);
  // drizzle writes an SQL chunk given to .limit() into the text as it is; its type says number | Placeholder.
  return sql.raw(String(limit)) as unknown as number;
}
