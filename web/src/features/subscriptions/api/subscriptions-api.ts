import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Okpd2Code } from '@zamena/shared/reference/reference.schemas';
import type {
  CreateSubscription,
  Subscription,
  SubscriptionList,
  SubscriptionPreview,
  Unsubscribed,
  UpdateSubscription,
} from '@zamena/shared/subscriptions/subscriptions.schemas';
import type { Okpd2Source } from '../../../components/ui/okpd2-source';
import { api } from '../../../lib/api-client';

export const subscriptionKeys = {
  all: ['subscriptions'] as const,
  list: ['subscriptions', 'list'] as const,
  preview: (id: string) => ['subscriptions', 'preview', id] as const,
};

type Items<T> = { items: T[] };

/** The classifier for the OKPD2 picker (GET /okpd2). */
export const okpd2Source: Okpd2Source = {
  search: async (q, signal) =>
    (await api.get<Items<Okpd2Code>>('/okpd2', { query: { q, limit: 30 }, signal })).items,
  children: async (parent, signal) =>
    (
      await api.get<Items<Okpd2Code>>('/okpd2', {
        query: { parent: parent ?? undefined, limit: 100 },
        signal,
      })
    ).items,
};

export function useSubscriptions() {
  return useQuery({
    queryKey: subscriptionKeys.list,
    queryFn: ({ signal }) => api.get<SubscriptionList>('/subscriptions', { signal }),
  });
}

/** What the next digest holds for one subscription. */
export function useSubscriptionPreview(id: string) {
  return useQuery({
    queryKey: subscriptionKeys.preview(id),
    queryFn: ({ signal }) => api.get<SubscriptionPreview>(`/subscriptions/${id}/preview`, { signal }),
  });
}

function useInvalidateSubscriptions() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: subscriptionKeys.all });
}

export function useCreateSubscription() {
  const onSuccess = useInvalidateSubscriptions();
  return useMutation({
    mutationFn: (input: CreateSubscription) => api.post<Subscription>('/subscriptions', input),
    onSuccess,
  });
}

export function useUpdateSubscription() {
  const onSuccess = useInvalidateSubscriptions();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateSubscription }) =>
      api.patch<Subscription>(`/subscriptions/${id}`, changes),
    onSuccess,
  });
}

export function useDeleteSubscription() {
  const onSuccess = useInvalidateSubscriptions();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/subscriptions/${id}`),
    onSuccess,
  });
}

/** The e-mail's link: the signed token stands for the member, no sign-in. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      api.post<Unsubscribed>('/subscriptions/unsubscribe', { token }, { auth: false }),
  });
}
