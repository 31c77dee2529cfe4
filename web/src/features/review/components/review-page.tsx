import type { Match, MatchReview } from '@zamena/shared/matching/matching.schemas';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../../components/paged-list';
import { pagedItems } from '../../../components/paged-list-state';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useReviewMatch, useReviewQueue, type QueueParams } from '../api/review-api';
import { reviewKeyAction } from '../utils/review-keys';
import { ReviewFilters, STATUS_FILTERS } from './review-filters';
import { ReviewHelp } from './review-help';
import { ReviewItem } from './review-item';
import { useReviewNavigation } from './use-review-navigation';
import '../review.css';

function paramsFrom(search: URLSearchParams): QueueParams {
  const status = search.get('status') ?? 'proposed';
  return {
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? status : 'proposed',
    sort: search.get('sort') === 'date' ? 'date' : 'score',
  };
}

/** The analysts' match review queue, made for the keyboard (j/k to move, a to approve, d to dismiss). */
export function ReviewPage() {
  const { t } = useTranslation();
  const { user, organization } = useCurrentSession();
  const analyst = user.isAdmin || organization.kind === 'association';
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const queue = useReviewQueue(params);
  const review = useReviewMatch(params);
  const items = pagedItems(queue);
  const nav = useReviewNavigation(items);
  const [dismissingId, setDismissingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const helpId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const decide = (match: Match, decision: MatchReview) => {
    if (review.isPending) return;
    const next = nav.successor(match.id);
    review.mutate(
      { match, review: decision },
      {
        onSuccess: () => {
          setDismissingId(null);
          setAnnouncement(
            t(decision.decision === 'approve' ? 'review.approved' : 'review.dismissed', {
              need: match.need.title,
            }),
          );
          if (next) nav.focus(next);
          else headingRef.current?.focus();
        },
      },
    );
  };

  const move = (delta: 1 | -1) => {
    if (items.length === 0) return;
    const from = nav.activeIndex;
    const index = from === -1 ? 0 : Math.min(items.length - 1, Math.max(0, from + delta));
    if (delta === 1 && from === items.length - 1 && queue.hasNextPage) void queue.fetchNextPage();
    nav.focus(items[index]!.id);
  };

  // One document listener; it calls the latest handler, which sees the current list and state.
  const handler = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    handler.current = (event) => {
      const action = reviewKeyAction(event);
      if (!action || dismissingId) return;
      event.preventDefault();
      if (action === 'next') move(1);
      else if (action === 'previous') move(-1);
      else if (nav.active && action === 'approve') decide(nav.active, { decision: 'approve' });
      else if (nav.active && action === 'dismiss') setDismissingId(nav.active.id);
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handler.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const title = t('review.title');
  if (!analyst) {
    return (
      <div className="page">
        <title>{`${title} — ${t('app.name')}`}</title>
        <PageHeader title={title} />
        <Alert tone="info">{t('review.analystsOnly')}</Alert>
      </div>
    );
  }

  return (
    <div className="page">
      <title>{`${title} — ${t('app.name')}`}</title>
      <header className="page-header">
        <h1 tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        <p className="lead">{t('review.lead')}</p>
      </header>
      <ReviewFilters
        params={params}
        onChange={(next) => setSearch({ status: next.status, sort: next.sort })}
      />
      <ReviewHelp id={helpId} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {review.isError ? <Alert tone="error">{problemMessage(t, review.error)}</Alert> : null}
      <PagedList
        query={queue}
        empty={{
          heading: params.status === 'proposed' ? t('review.emptyHeading') : t('review.emptyFiltered'),
          body: t('review.emptyBody'),
        }}
        shown={(n) => t('review.shown', { n })}
        loadMoreLabel={t('review.loadMore')}
        retryLabel={t('review.retry')}
      >
        {(matches) => (
          <ol className="review-list" aria-label={t('review.listLabel')}>
            {matches.map((match, index) => (
              <ReviewItem
                key={match.id}
                match={match}
                position={index + 1}
                active={nav.activeId === null ? index === 0 : nav.activeId === match.id}
                itemRef={nav.register(match.id)}
                helpId={helpId}
                busy={review.isPending && review.variables.match.id === match.id}
                dismissing={dismissingId === match.id}
                onFocus={() => nav.setActiveId(match.id)}
                onApprove={() => decide(match, { decision: 'approve' })}
                onStartDismiss={() => {
                  nav.setActiveId(match.id);
                  setDismissingId(match.id);
                }}
                onDismiss={(reason) => decide(match, { decision: 'dismiss', reason })}
                onCancelDismiss={() => {
                  setDismissingId(null);
                  nav.focus(match.id);
                }}
              />
            ))}
          </ol>
        )}
      </PagedList>
    </div>
  );
}
