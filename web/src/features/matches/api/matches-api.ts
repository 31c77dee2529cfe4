import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Match,
  MatchFeedback,
  MatchList,
  NeedMatchList,
} from '@zamena/shared/matching/matching.schemas';
import type { Message, PostMessage } from '@zamena/shared/messages/messages.schemas';
import { api } from '../../../lib/api-client';

/** Every matches query starts with 'matches': live events and reviews invalidate them together. */
export const matchKeys = {
  all: ['matches'] as const,
  forNeed: (needId: string) => ['matches', 'need', needId] as const,
  forCapability: (capabilityId: string) => ['matches', 'capability', capabilityId] as const,
};

/** Matching an open need takes seconds. */
const MATCHING_POLL_MS = 3000;

/** Also used by the need page's route to fire this query alongside the need itself (no waterfall). */
export const needMatchesQuery = (needId: string) =>
  queryOptions({
    queryKey: matchKeys.forNeed(needId),
    queryFn: ({ signal }) => api.get<NeedMatchList>(`/needs/${needId}/matches`, { signal }),
    staleTime: 30_000,
  });

export const capabilityMatchesQuery = (capabilityId: string) =>
  queryOptions({
    queryKey: matchKeys.forCapability(capabilityId),
    queryFn: ({ signal }) => api.get<MatchList>(`/capabilities/${capabilityId}/matches`, { signal }),
    staleTime: 30_000,
  });

/**
 * `open`: the need takes offers, so matching will look at it. A run that finds no strong match alerts
 * nobody (no live event reaches the page), so the list is asked for again until matching has looked.
 */
export function useNeedMatches(needId: string, { enabled, open }: { enabled: boolean; open: boolean }) {
  return useQuery({
    ...needMatchesQuery(needId),
    enabled,
    refetchInterval: (query) => (open && query.state.data?.matchedAt === null ? MATCHING_POLL_MS : false),
  });
}

export function useCapabilityMatches(capabilityId: string, enabled = true) {
  return useQuery({ ...capabilityMatchesQuery(capabilityId), enabled });
}

/** An invitation is the first message in the supplier's thread about the need. */
export function useInviteSupplier(needId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Required<Omit<PostMessage, 'attachmentIds'>>) =>
      api.post<Message>(`/needs/${needId}/messages`, input),
    // The conversation lives in the messages feature; its queries all start with 'messages'.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['messages'] }),
  });
}

/**
 * The manufacturer's "not our product" to an alert, signed in. The answered card shows at once; the
 * need's list (the buyer no longer sees the pair) and the capability's are fetched again.
 */
export function useNotOurProduct(capabilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, note }: { matchId: string; note: string }) =>
      api.post<Match>(`/matches/${matchId}/feedback`, {
        verdict: 'not_our_product',
        ...(note ? { note } : {}),
      } satisfies MatchFeedback),
    onSuccess: (answered) => {
      queryClient.setQueryData<MatchList>(matchKeys.forCapability(capabilityId), (list) =>
        list ? { items: list.items.map((match) => (match.id === answered.id ? answered : match)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: matchKeys.all });
    },
  });
}
