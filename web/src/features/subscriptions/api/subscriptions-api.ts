import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateSubscription,
  Subscription,
  SubscriptionList,
  SubscriptionPreview,
  Unsubscribed,
  UpdateSubscription,
} from '@zamena/shared/subscriptions/subscriptions.schemas';
import { api } from '../../../lib/api-client';

export const subscriptionKeys = {
  all: ['subscriptions'] as const,
  list: ['subscriptions', 'list'] as const,
  preview: (id: string) => ['subscriptions', 'preview', id] as const,
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
