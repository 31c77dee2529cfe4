import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserSearchItem } from '@zamena/shared/auth/auth.schemas';
import type {
  VerificationDecisionInput,
  VerificationQueueItem,
} from '@zamena/shared/organizations/organization-profile.schemas';
import type { Organization, VerificationStatus } from '@zamena/shared/organizations/organizations.schemas';
import { api } from '../../../lib/api-client';

export const consoleKeys = {
  queue: (status: VerificationStatus) => ['console', 'queue', status] as const,
  organizations: (q: string) => ['console', 'organizations', q] as const,
  users: (q: string) => ['console', 'users', q] as const,
};

export function useVerificationQueue(status: VerificationStatus) {
  return useQuery({
    queryKey: consoleKeys.queue(status),
    queryFn: ({ signal }) =>
      api.get<{ items: VerificationQueueItem[] }>('/organizations/verification-queue', {
        query: { verification: status, limit: 100 },
        signal,
      }),
  });
}

export function useVerificationDecision(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VerificationDecisionInput) =>
      api.post<Organization>(`/organizations/${organizationId}/verification`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['console'] });
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}

/** Organizations by name, INN or OGRN; nothing is asked before two characters. */
export function useOrganizationSearch(q: string) {
  return useQuery({
    queryKey: consoleKeys.organizations(q),
    queryFn: ({ signal }) =>
      api.get<{ items: Organization[] }>('/organizations', { query: { q, limit: 30 }, signal }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useUserSearch(q: string) {
  return useQuery({
    queryKey: consoleKeys.users(q),
    queryFn: ({ signal }) => api.get<{ items: UserSearchItem[] }>('/users', { query: { q }, signal }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** The administrator's switch: a disabled user cannot sign in and their sessions end. */
export function useUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, disabled }: { userId: string; disabled: boolean }) =>
      api.post<User>(`/users/${userId}/${disabled ? 'disable' : 'enable'}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['console', 'users'] }),
  });
}
