import type { Db } from '../../db/client';
import { orWebsearch, queryAlternatives, termDictionary } from '../../lib/term-dictionary';
import { boundFilters, type Values } from './needs.search.filters';
import { byDate, byRelevance, type NeedSearchRow, page } from './needs.search.statements';
import { fitsTermIndex, termSlotValues } from './needs.search.terms';

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
  /** `relevance` needs `q`. */
  sort: 'date' | 'relevance';
  /** Keyset: the last row of the previous page. */
  after?: { key: string; id: string };
  limit: number;
};

/**
 * Page sizes of 10, 20, 50 and 100, each with the one row that tells whether another page follows. The
 * LIMIT is written into the text, not bound: under a generic plan PostgreSQL plans `LIMIT $1` as a tenth
 * of the candidates and hashes whole tables to join them; with the number in the text it plans for one
 * page. A limit is rounded up to one of these and the rows cut in JS (exact: the next cursor is the last
 * row returned), so the page size adds at most four shapes.
 */
const LIMIT_BUCKETS = [11, 21, 51, 101] as const;
function limitBucket(limit: number): number {
  // Written into the statement's text: a row count, nothing else.
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`not a row count: ${limit}`);
  return LIMIT_BUCKETS.find((bucket) => bucket >= limit) ?? limit;
}

/**
 * How many shapes (path × filters present × limit bucket: a few thousand) get named statements. A named
 * statement stays parsed and planned on every pool connection that ran it, for the connection's life
 * (pg evicts nothing): 0.1–0.3 MB of the server process's memory each. The first shapes a process sees
 * are the common ones (the list with the viewer's visibility, with and without words and a cursor);
 * rarer ones run unnamed, which costs a parse and a plan per run (1–2 ms for a relevance statement) and
 * nothing afterwards.
 */
export const MAX_NAMED_SHAPES = 32;

/**
 * By date without words or among their candidates; by relevance from the term index or full text. The
 * term index serves a word whose dictionary alternatives are single words, few enough for its slots
 * (`slots`, null otherwise: "plain bearing" is no lexeme).
 */
const pathOf = (search: NeedSearch, slots: Values | null) => {
  if (search.q === undefined) return 'date';
  if (search.sort === 'date') return 'words';
  return fitsTermIndex(search) && slots !== null ? 'term' : 'rank';
};

type Statement = (values: Values) => Promise<NeedSearchRow[]>;

export function createNeedsSearchRepo(db: Db) {
  const named = new Map<string, Statement>();

  /** The statement of this search's shape, named while MAX_NAMED_SHAPES allows, and its values. */
  function statementFor(search: NeedSearch, limit: number) {
    const { flags, conditions, values } = boundFilters(search);
    // Full text looks for the words and their dictionary alternatives; trigrams for the words as typed.
    const alternatives = search.q === undefined ? [] : queryAlternatives(termDictionary(), search.q);
    const slots = termSlotValues(alternatives);
    const path = pathOf(search, slots);
    const after = search.after !== undefined;
    if (search.q !== undefined)
      Object.assign(values, { q: search.q, qx: orWebsearch(search.q, alternatives) });
    if (path === 'term') Object.assign(values, slots);
    if (search.after) Object.assign(values, { afterKey: search.after.key, afterId: search.after.id });
    const shape = `${path}_${flags}${after ? 'a' : ''}_${limit}`;
    const build = () =>
      path === 'rank' || path === 'term'
        ? byRelevance(conditions, after, limit, path === 'term')
        : byDate(conditions, path === 'words', after, limit);
    let statement = named.get(shape);
    if (!statement && named.size < MAX_NAMED_SHAPES) {
      statement = page.statement(db, build(), `needs_search_${shape}`);
      named.set(shape, statement);
    }
    return { statement: statement ?? page.statement(db, build()), values };
  }

  return {
    /**
     * One page of at most `search.limit` rows, newest first or by relevance (with `q`), in one
     * statement (needs.search.statements.ts). The keyset (sort key, id) never skips or repeats rows
     * when needs are added between pages.
     */
    async search(search: NeedSearch): Promise<NeedSearchRow[]> {
      const { statement, values } = statementFor(search, limitBucket(search.limit));
      const rows = await statement(values);
      return rows.length > search.limit ? rows.slice(0, search.limit) : rows;
    },
  };
}
export type NeedsSearchRepo = ReturnType<typeof createNeedsSearchRepo>;
