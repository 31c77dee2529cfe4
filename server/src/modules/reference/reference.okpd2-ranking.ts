import { asc, desc, sql, type SQL } from 'drizzle-orm';
import { okpd2Codes } from '../../db/schema';

/** What the OKPD2 search looks for (built by the service from the query and the term dictionary). */
export type Okpd2Terms = {
  /** The query as typed: its trigram similarity to a name catches typos ("подшипнек"). */
  text: string;
  /** Its words, lower case, letters and digits only (safe inside to_tsquery). */
  words: string[];
  /**
   * `query`: a search box while typing: the last word is matched as a prefix, and a general code comes
   * before its varieties (one word names the kind). `title`: a finished title of a need or capability:
   * whole words, and the most specific code first (a need is filed under a category, not a class).
   */
  reading: 'query' | 'title';
  /** Other names of spans of the query, each a list of words: Russian ones, as the classifier is. */
  alternatives: string[][];
};

const tsquery = (text: string) => sql`to_tsquery('russian', ${text})`;

/**
 * Candidates and order of the OKPD2 search. Candidates: a name with any of the words (any form, the
 * `russian` configuration), with an alternative, or with a word like the query (pg_trgm `%>`, the
 * session's word_similarity threshold). Order, best first:
 *   1. names with every word, or with a whole alternative ("bearing" → «Подшипники …»);
 *   2. more of the words;
 *   3. a name that starts with one of them («Подшипники …» before «Корпуса подшипников …»);
 *   4. for a query, the more general code («Подшипники шариковые или роликовые» 28.15.10 before
 *      «Подшипники приборные» 28.15.10.111): someone typing one word names the kind, not the variety;
 *      for a title, the more specific one;
 *   5. word_similarity to the query, then the code.
 */
export function okpd2Ranking(terms: Okpd2Terms): { candidates: SQL; order: SQL[] } {
  const last = terms.words.length - 1;
  const typing = terms.reading === 'query';
  const wordTexts = terms.words.map((word, i) => (typing && i === last ? `${word}:*` : word));
  const wordQueries = wordTexts.map(tsquery);
  const alternativeQueries = terms.alternatives.map((words) => tsquery(words.join(' & ')));
  const search = okpd2Codes.search;
  const anyQuery = sql.join([...wordQueries, ...alternativeQueries], sql` || `);
  // A stop word ("и", "для") makes an empty tsquery that matches nothing: it counts as found.
  const found = sql.join(
    wordQueries.map((query) => sql`(numnode(${query}) = 0 OR ${search} @@ ${query})::int`),
    sql` + `,
  );
  const every = sql`(${found}) = ${sql.raw(String(terms.words.length))}`;
  const whole =
    alternativeQueries.length === 0
      ? every
      : sql`(${every} OR ${search} @@ (${sql.join(alternativeQueries, sql` || `)}))`;
  const headWords = [...new Set([...wordTexts, ...terms.alternatives.flat()])];
  const head = sql`to_tsvector('russian', split_part(${okpd2Codes.name}, ' ', 1)) @@ ${tsquery(headWords.join(' | '))}`;
  return {
    candidates: sql`(${search} @@ (${anyQuery}) OR ${okpd2Codes.name} %> ${terms.text})`,
    order: [
      sql`${whole} DESC`,
      sql`(${found}) DESC`,
      sql`${head} DESC`,
      typing ? asc(okpd2Codes.depth) : desc(okpd2Codes.depth),
      desc(sql`word_similarity(${terms.text}, ${okpd2Codes.name})`),
      asc(okpd2Codes.code),
    ],
  };
}
