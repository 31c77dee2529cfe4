import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { isOkpd2Code, okpd2Parent, okpd2Path } from '@zamena/shared/domain/okpd2';
import type { Okpd2Code, Okpd2Suggestion } from '@zamena/shared/reference/reference.schemas';

/** How the picker reaches the classifier (GET /okpd2); each feature passes its own API call. */
export type Okpd2Source = {
  search: (q: string, signal: AbortSignal) => Promise<Okpd2Code[]>;
  children: (parent: string | null, signal: AbortSignal) => Promise<Okpd2Code[]>;
  /** Codes for a title (GET /okpd2/suggest): forms that have a title pass it. */
  suggest?: (title: string, signal: AbortSignal) => Promise<Okpd2Suggestion[]>;
};

const FULL_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{3}$/;

/**
 * The API matches dotted prefixes only up to two digits in the last group, so a complete category or
 * subcategory code (`28.15.10.120`) is looked up by its prefix `28.15.10.12`: that also lists the
 * subcategories under it, which is what someone typing a full code wants to see.
 */
export function searchTermOf(query: string): string {
  const trimmed = query.trim();
  return FULL_CODE.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
}

// The classifier changes once a year: what was fetched stays for the session.
const FOREVER = { staleTime: Infinity, gcTime: 30 * 60_000 } as const;

export function useOkpd2Search(source: Okpd2Source, query: string) {
  const term = searchTermOf(query);
  return useQuery({
    queryKey: ['okpd2', 'search', term],
    queryFn: ({ signal }) => source.search(term, signal),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    ...FOREVER,
  });
}

/** A title shorter than this names nothing yet (the API needs two characters; one word needs more). */
const MIN_TITLE = 3;

export function useOkpd2Suggestions(source: Okpd2Source, title: string) {
  const { suggest } = source;
  const trimmed = title.trim();
  return useQuery({
    queryKey: ['okpd2', 'suggest', trimmed],
    queryFn: ({ signal }) => (suggest ? suggest(trimmed, signal) : Promise.resolve([])),
    enabled: suggest !== undefined && trimmed.length >= MIN_TITLE,
    placeholderData: keepPreviousData,
    // New needs change what similar titles carry; a few minutes is fresh enough for a form.
    staleTime: 5 * 60_000,
  });
}

export function useOkpd2Children(source: Okpd2Source, parent: string | null) {
  return useQuery({
    queryKey: ['okpd2', 'children', parent ?? ''],
    queryFn: ({ signal }) => source.children(parent, signal),
    ...FOREVER,
  });
}

/** Names of the given codes, each looked up among its parent's children (shared with the browser). */
export function useOkpd2Names(source: Okpd2Source, codes: readonly string[]): Map<string, string> {
  const parents = [...new Set(codes.filter(isOkpd2Code).map((code) => okpd2Parent(code)))];
  const lists = useQueries({
    queries: parents.map((parent) => ({
      queryKey: ['okpd2', 'children', parent ?? ''],
      queryFn: ({ signal }: { signal: AbortSignal }) => source.children(parent, signal),
      ...FOREVER,
    })),
  });
  const names = new Map<string, string>();
  for (const list of lists) for (const item of list.data ?? []) names.set(item.code, item.name);
  return names;
}

/** From the section down to the code; empty for anything that is not a classifier code. */
export function safePath(code: string): string[] {
  return code && isOkpd2Code(code) ? okpd2Path(code) : [];
}
