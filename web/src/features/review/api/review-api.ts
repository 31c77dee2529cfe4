import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type {
  Match,
  MatchPage,
  MatchReview,
  MatchStatus,
  matchQueueQuerySchema,
} from '@zamena/shared/matching/matching.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

const PAGE_SIZE = 20;

/** The queue page always says which statuses and which order (the decision handler reads the statuses). */
export type QueueParams = Required<Pick<z.input<typeof matchQueueQuerySchema>, 'status' | 'sort'>>;

/** Under 'matches' like every matches query, so a review also refreshes need and capability pages. */
export const reviewKeys = {
  queue: (params: QueueParams) => ['matches', 'queue', params] as const,
};

export function useReviewQueue(params: QueueParams) {
  return useInfiniteQuery({
    queryKey: reviewKeys.queue(params),
    queryFn: ({ pageParam, signal }) =>
      api.get<MatchPage>('/matches', { query: { ...params, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 30_000,
  });
}

/**
 * A decision takes the match out of a queue that no longer shows its new status at once (the analyst
 * moves on without waiting for a refetch); the need and capability pages refresh in the background.
 */
export function useReviewMatch(params: QueueParams) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ match, review }: { match: Match; review: MatchReview }) =>
      api.post<Match>(`/matches/${match.id}/review`, review),
    onSuccess: (reviewed) => {
      const statuses = params.status.split(',') as MatchStatus[];
      queryClient.setQueryData<InfiniteData<MatchPage>>(reviewKeys.queue(params), (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: statuses.includes(reviewed.status)
                  ? page.items.map((item) => (item.id === reviewed.id ? reviewed : item))
                  : page.items.filter((item) => item.id !== reviewed.id),
              })),
            }
          : data,
      );
      void queryClient.invalidateQueries({ queryKey: ['matches', 'need'] });
      void queryClient.invalidateQueries({ queryKey: ['matches', 'capability'] });
    },
  });
}
