import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../i18n/problem-message';
import { pagedItems, pagedListBlocks, type PagedQuery } from './paged-list-state';
import { Alert } from './ui/alert';
import { Button } from './ui/button';
import { EmptyState } from './ui/empty-state';
import { LoadMore } from './ui/load-more';
import { Spinner } from './ui/spinner';

export type PagedListEmpty = {
  heading: string;
  /** One paragraph, or several. */
  body?: string | readonly string[];
  /** What to do next: links or buttons. */
  actions?: ReactNode;
};

type PagedListProps<T> = {
  query: PagedQuery<T>;
  /** The rows (a table or a list, with whatever sits above it); called only when there is at least one. */
  children: (items: T[]) => ReactNode;
  /** Why the list is empty and what to do next. */
  empty: PagedListEmpty;
  /** "Shown: 20", announced politely as pages arrive. */
  shown: (count: number) => string;
  loadMoreLabel: string;
  retryLabel: string;
  /** Bids and orders explain their own problem codes; every other list says the common words. */
  errorMessage?: (t: TFunction, error: unknown) => string;
};

/** A cursor-paged list: loading, its error with a retry, the empty state, then the rows and "load more". */
export function PagedList<T>({
  query,
  children,
  empty,
  shown,
  loadMoreLabel,
  retryLabel,
  errorMessage = problemMessage,
}: PagedListProps<T>) {
  const { t } = useTranslation();
  const items = pagedItems(query);
  const blocks = pagedListBlocks(query, items.length);
  const paragraphs = typeof empty.body === 'string' ? [empty.body] : (empty.body ?? []);

  return (
    <>
      {blocks.loading ? <Spinner label={t('app.loading')} /> : null}
      {blocks.error ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void query.refetch()}>
              {retryLabel}
            </Button>
          }
        >
          {errorMessage(t, query.error)}
        </Alert>
      ) : null}
      {blocks.empty ? (
        <EmptyState heading={empty.heading} actions={empty.actions}>
          {paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </EmptyState>
      ) : null}
      {blocks.rows ? (
        <>
          {children(items)}
          <LoadMore
            status={shown(items.length)}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            label={loadMoreLabel}
            loadingLabel={t('app.loading')}
          />
        </>
      ) : null}
    </>
  );
}
