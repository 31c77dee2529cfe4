import { sql, type SQL } from 'drizzle-orm';
import { needSearchTerms, needs } from '../../db/schema';
import { ph, rankedAfter, whereAll } from './needs.search.filters';
import type { NeedSearch } from './needs.search.repo';

/**
 * The word phase of a one-word search through need_search_terms (schema.ts): the word's lexeme, its
 * needs in rank order straight from the index, each joined to its need by primary key and filtered,
 * until a page is full. A common word costs a page of rows instead of ranking its thousand matches.
 *
 * The lexeme is the word through the `russian` configuration, or `english` when that drops it (a
 * Russian stop word). A need matching the word through either configuration holds that lexeme: both
 * stem Latin words alike, and a Cyrillic word's `english` lexeme is the word itself, whose `russian`
 * stem is then in the need's vector too. So this finds what the full-text phase (`search @@ q`) finds,
 * and the fuzzy-only phase after it (needs.search.statements.ts) still adds exactly the rest.
 */

/** Letters and digits only: one token of the default parser, so at most one lexeme per configuration. */
const ONE_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Searches the index serves: one word, filtered at most by status, criticality and visibility. Narrower
 * filters (OKPD2, region, organization) leave full text faster: they cut the candidates first.
 */
export const fitsTermIndex = (search: NeedSearch) =>
  search.q !== undefined &&
  ONE_WORD.test(search.q) &&
  !search.okpd2Prefix &&
  !search.regionCode &&
  !search.district &&
  !search.buyerId &&
  !search.postedById;

const lexeme = sql`coalesce((tsvector_to_array(to_tsvector('russian', ${ph('q')})))[1], (tsvector_to_array(to_tsvector('english', ${ph('q')})))[1])`;

/** `(id, sort_key)` of the word's best matches, after the cursor when `after`: the index's order. */
export const termMatches = (filters: SQL[], after: boolean, rows: SQL) =>
  sql`SELECT ${needSearchTerms.needId} AS id, ${needSearchTerms.rank} AS sort_key
    FROM ${needSearchTerms} JOIN ${needs} ON ${needs.id} = ${needSearchTerms.needId}
    ${whereAll([
      sql`${needSearchTerms.lexeme} = ${lexeme}`,
      ...filters,
      ...(after ? [rankedAfter(needSearchTerms.rank, needSearchTerms.needId)] : []),
    ])}
    ORDER BY ${needSearchTerms.rank} DESC, ${needSearchTerms.needId} DESC LIMIT ${rows}`;
