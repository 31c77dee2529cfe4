import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, Me, Session, UpdateMeInput } from '@zamena/shared/auth/auth.schemas';
import { api, setSession } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/auth';

const meKey = ['account', 'me'] as const;

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: ({ signal }) => api.get<Me>('/me', { signal }) });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMeInput) => api.patch<Me>('/me', input),
    onSuccess: (me) => {
      queryClient.setQueryData(meKey, me);
      // The header shows the user's name from the session.
      queryClient.setQueryData<Session | null>(sessionQueryKey, (session) =>
        session ? { ...session, user: me.user } : session,
      );
    },
  });
}

/** The server ends every other session and answers this device's new one. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<Session>('/me/password', input),
    onSuccess: (session) => setSession(session),
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (input: { token: string; password: string; language: 'ru' | 'en' }) =>
      api.post<Session>('/auth/invitations/accept', input, { auth: false }),
    onSuccess: (session) => setSession(session),
  });
}
