import { useMutation, useQuery } from '@tanstack/react-query';
import type { Session } from '@zamena/shared/auth/auth.schemas';
import { changeLanguage, currentLanguage } from '../i18n/i18n';
import { api, onSessionChange, refreshSession, setSession } from './api-client';
import { queryClient } from './react-query';

/**
 * The session (user + organization) shared by every feature, after bulletproof-react's `lib/auth`.
 * `null` means signed out; the api-client keeps the token and reports every change here.
 */
export const sessionQueryKey = ['session'] as const;

onSessionChange((session) => {
  queryClient.setQueryData<Session | null>(sessionQueryKey, session);
});

const sessionQuery = {
  queryKey: sessionQueryKey,
  queryFn: refreshSession,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
} as const;

/** Called once at start-up: restores the session silently from the refresh cookie before the first render. */
export function restoreSession(): Promise<void> {
  return queryClient.prefetchQuery(sessionQuery);
}

export function useSession() {
  return useQuery(sessionQuery);
}

/** For pages behind the protected route, where a session is guaranteed. */
export function useCurrentSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession is used outside the protected route');
  return data;
}

/** Sign-in and registration hand their new session here; the pages take the user's saved language. */
export function startSession(session: Session) {
  setSession(session);
  if (session.user.language !== currentLanguage()) void changeLanguage(session.user.language);
}

export function useSignOut() {
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout', undefined, { auth: false }),
    // Signed out locally even when the server could not be told: the cookie is then simply left to expire.
    onSettled: () => {
      setSession(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    },
  });
}
