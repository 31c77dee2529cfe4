import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Invitation,
  InviteMemberInput,
  PendingInvitation,
  Role,
  Session,
  User,
} from '@zamena/shared/auth/auth.schemas';
import type {
  UpdateWebhookSettings,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookSecretResponse,
  WebhookSettings,
} from '@zamena/shared/notifications/webhooks.schemas';
import type { Organization, UpdateOrganization } from '@zamena/shared/organizations/organizations.schemas';
import { api } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/auth';

export const settingsKeys = {
  members: (id: string) => ['settings', 'members', id] as const,
  invitations: (id: string) => ['settings', 'invitations', id] as const,
  webhook: (id: string) => ['settings', 'webhook', id] as const,
  deliveries: (id: string) => ['settings', 'deliveries', id] as const,
};

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOrganization) => api.patch<Organization>(`/organizations/${id}`, input),
    // The session carries the organization (header, forms), so it takes the new one at once.
    onSuccess: (organization) => {
      queryClient.setQueryData<Session | null>(sessionQueryKey, (session) =>
        session ? { ...session, organization } : session,
      );
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}

export function useMembers(id: string) {
  return useQuery({
    queryKey: settingsKeys.members(id),
    queryFn: ({ signal }) => api.get<{ items: User[] }>(`/organizations/${id}/members`, { signal }),
  });
}

export function useInvite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteMemberInput) => api.post<Invitation>(`/organizations/${id}/invitations`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: settingsKeys.invitations(id) }),
  });
}

export function usePendingInvitations(id: string) {
  return useQuery({
    queryKey: settingsKeys.invitations(id),
    queryFn: ({ signal }) =>
      api.get<{ items: PendingInvitation[] }>(`/organizations/${id}/invitations`, { signal }),
  });
}

export function useWithdrawInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.delete<void>(`/organizations/${id}/invitations/${invitationId}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: settingsKeys.invitations(id) }),
  });
}

export function useMemberRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api.patch<User>(`/organizations/${id}/members/${userId}`, { role }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: settingsKeys.members(id) }),
  });
}

export function useRemoveMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete<void>(`/organizations/${id}/members/${userId}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: settingsKeys.members(id) }),
  });
}

export function useWebhookSettings(id: string) {
  return useQuery({
    queryKey: settingsKeys.webhook(id),
    queryFn: ({ signal }) => api.get<WebhookSettings>(`/organizations/${id}/webhook`, { signal }),
  });
}

export function useSetWebhookUrl(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (url: string) =>
      api.post<WebhookSecretResponse>(`/organizations/${id}/webhook-secret`, { url }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: settingsKeys.webhook(id) }),
  });
}

export function useMutedKinds(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWebhookSettings) =>
      api.patch<WebhookSettings>(`/organizations/${id}/webhook`, input),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.webhook(id), settings),
  });
}

/** The delivery log, newest first; refreshed after a test or a retry. */
export function useDeliveries(id: string) {
  return useInfiniteQuery({
    queryKey: settingsKeys.deliveries(id),
    queryFn: ({ pageParam, signal }) =>
      api.get<WebhookDeliveryPage>(`/organizations/${id}/webhook-deliveries`, {
        query: { limit: 20, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** `deliveryId` set: retry that failed delivery; otherwise send a test event. */
export function useSendDelivery(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId?: string) =>
      api.post<WebhookDelivery>(
        deliveryId
          ? `/organizations/${id}/webhook-deliveries/${deliveryId}/retry`
          : `/organizations/${id}/webhook-test`,
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: settingsKeys.deliveries(id) }),
  });
}
