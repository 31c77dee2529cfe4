import { type Placeholder, sql, type SQL } from 'drizzle-orm';
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
 *
 * A word the term dictionary names in other single words ("bearing" → "подшипник") is looked up under
 * each of them, one slot per word (TERM_SLOTS, the word's own first): a need holding several of them is
 * found under the first slot it holds and left out of the later ones (NOT EXISTS, by primary key), so it
 * comes once, with one rank, and the keyset still never skips or repeats it.
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

/** The word and at most this many less one of its dictionary alternatives; each slot a bound value. */
export const TERM_SLOTS = 3;

/** The values of the slots after the word's own (`q`): its one-word alternatives, null where none. */
export function termSlotValues(alternatives: string[]): Record<string, string | null> | null {
  if (alternatives.length > TERM_SLOTS - 1 || !alternatives.every((word) => ONE_WORD.test(word))) return null;
  return Object.fromEntries(
    Array.from({ length: TERM_SLOTS - 1 }, (_, i) => [`term${i + 1}`, alternatives[i] ?? null]),
  );
}

const slotWords = [ph('q'), ...Array.from({ length: TERM_SLOTS - 1 }, (_, i) => ph(`term${i + 1}`))];
const lexemeOf = (word: Placeholder) =>
  sql`coalesce((tsvector_to_array(to_tsvector('russian', ${word}::text)))[1], (tsvector_to_array(to_tsvector('english', ${word}::text)))[1])`;
const lexemes = slotWords.map(lexemeOf);

const other = sql.raw('other');
/** Not already found under an earlier slot's lexeme. */
const notEarlier = (slot: number) =>
  sql`NOT EXISTS (SELECT 1 FROM ${needSearchTerms} ${other} WHERE ${other}.need_id = ${needSearchTerms.needId} AND ${other}.lexeme IN (${sql.join(lexemes.slice(0, slot), sql`, `)}))`;

/** One slot's best matches, after the cursor when `after`: the index's order. */
const slotMatches = (slot: number, filters: SQL[], after: boolean, rows: SQL) =>
  sql`(SELECT ${needSearchTerms.needId} AS id, ${needSearchTerms.rank} AS sort_key
    FROM ${needSearchTerms} JOIN ${needs} ON ${needs.id} = ${needSearchTerms.needId}
    ${whereAll([
      sql`${needSearchTerms.lexeme} = ${lexemes[slot]!}`,
      ...(slot > 0 ? [notEarlier(slot)] : []),
      ...filters,
      ...(after ? [rankedAfter(needSearchTerms.rank, needSearchTerms.needId)] : []),
    ])}
    ORDER BY ${needSearchTerms.rank} DESC, ${needSearchTerms.needId} DESC LIMIT ${rows})`;

/** `(id, sort_key)` of the best matches of the word and its alternatives, after the cursor when `after`. */
export const termMatches = (filters: SQL[], after: boolean, rows: SQL) =>
  sql`SELECT id, sort_key FROM (${sql.join(
    lexemes.map((_, slot) => slotMatches(slot, filters, after, rows)),
    sql` UNION ALL `,
  )}) slots ORDER BY sort_key DESC, id DESC LIMIT ${rows}`;
