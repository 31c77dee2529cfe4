import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatchList } from '@zamena/shared/matching/matching.schemas';
import type { Message, PostMessage } from '@zamena/shared/messages/messages.schemas';
import { api } from '../../../lib/api-client';

/** Every matches query starts with 'matches': live events and reviews invalidate them together. */
export const matchKeys = {
  all: ['matches'] as const,
  forNeed: (needId: string) => ['matches', 'need', needId] as const,
  forCapability: (capabilityId: string) => ['matches', 'capability', capabilityId] as const,
};

/** Also used by the need page's route to fire this query alongside the need itself (no waterfall). */
export const needMatchesQuery = (needId: string) =>
  queryOptions({
    queryKey: matchKeys.forNeed(needId),
    queryFn: ({ signal }) => api.get<MatchList>(`/needs/${needId}/matches`, { signal }),
    staleTime: 30_000,
  });

export const capabilityMatchesQuery = (capabilityId: string) =>
  queryOptions({
    queryKey: matchKeys.forCapability(capabilityId),
    queryFn: ({ signal }) => api.get<MatchList>(`/capabilities/${capabilityId}/matches`, { signal }),
    staleTime: 30_000,
  });

export function useNeedMatches(needId: string, enabled = true) {
  return useQuery({ ...needMatchesQuery(needId), enabled });
}

export function useCapabilityMatches(capabilityId: string, enabled = true) {
  return useQuery({ ...capabilityMatchesQuery(capabilityId), enabled });
}

/** An invitation is the first message in the supplier's thread about the need. */
export function useInviteSupplier(needId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Required<PostMessage>) => api.post<Message>(`/needs/${needId}/messages`, input),
    // The conversation lives in the messages feature; its queries all start with 'messages'.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['messages'] }),
  });
}
