/** The part of a TanStack infinite query that a paged list shows; every list endpoint pages `items`. */
export type PagedQuery<T> = {
  data: { pages: { items: T[] }[] } | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => Promise<unknown>;
  fetchNextPage: () => Promise<unknown>;
};

/** The rows of every page loaded so far, in order. */
export const pagedItems = <T>(query: Pick<PagedQuery<T>, 'data'>): T[] =>
  query.data?.pages.flatMap((page) => page.items) ?? [];

/**
 * Which blocks the list shows. They are not exclusive: when a refresh fails, the rows already loaded
 * stay under the error, and "empty" is said only of an answer, never while loading or after a failure.
 */
export function pagedListBlocks(
  query: Pick<PagedQuery<unknown>, 'isPending' | 'isError' | 'isSuccess'>,
  count: number,
) {
  return {
    loading: query.isPending,
    error: query.isError,
    empty: query.isSuccess && count === 0,
    rows: count > 0,
  };
}
