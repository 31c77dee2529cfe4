import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Match, MatchFeedback, MatchFeedbackSubject } from '@zamena/shared/matching/matching.schemas';
import { api, isApiError } from '../../../lib/api-client';

/**
 * The signed link of an alert e-mail stands in for a session: no bearer token is sent, and a refused
 * link does not try to refresh one (DESIGN.md §4, step 6).
 */
const BY_LINK = { auth: false } as const;

const subjectKey = (matchId: string, token: string) => ['match-feedback', matchId, token] as const;

/** Which alert the link is about, and whether it is answered already. */
export function useFeedbackSubject(matchId: string, token: string) {
  return useQuery({
    queryKey: subjectKey(matchId, token),
    queryFn: ({ signal }) =>
      api.get<MatchFeedbackSubject>(`/matches/${matchId}/feedback`, { query: { token }, signal, ...BY_LINK }),
    enabled: token !== '',
    staleTime: Infinity,
  });
}

export function useAnswerByLink(matchId: string, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string) =>
      api.post<Match>(
        `/matches/${matchId}/feedback`,
        { verdict: 'not_our_product', token, ...(note ? { note } : {}) } satisfies MatchFeedback,
        BY_LINK,
      ),
    onSuccess: (match) => {
      queryClient.setQueryData<MatchFeedbackSubject>(subjectKey(matchId, token), (subject) =>
        subject ? { ...subject, supplierVerdict: match.supplierVerdict } : subject,
      );
      // A signed-in tab's need and capability pages hold the pair under 'matches' (their feature's key).
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}

/** The link is bad, expired, or names a match its user cannot answer: only signing in helps. */
export const isRefusedLink = (error: unknown) =>
  isApiError(error) && (error.status === 401 || error.status === 404);
