import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MarkRead,
  MarkReadResult,
  NotificationPage,
} from '@zamena/shared/notifications/notifications.schemas';
import { api } from '../../../lib/api-client';

const LATEST = 8;
const PAGE_SIZE = 20;

/** Every notifications query starts with 'notifications': a live event refreshes them together. */
export const notificationKeys = {
  all: ['notifications'] as const,
  latest: ['notifications', 'latest'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', { unreadOnly }] as const,
};

/** The bell: the newest few and the unread count. */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.latest,
    queryFn: ({ signal }) =>
      api.get<NotificationPage>('/notifications', { query: { limit: LATEST }, signal }),
    enabled,
    // Live events keep it fresh; this is the fallback when the stream is down.
    staleTime: 30_000,
    refetchInterval: 120_000,
  });
}

export function useNotificationList(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: ({ pageParam, signal }) =>
      api.get<NotificationPage>('/notifications', {
        query: { limit: PAGE_SIZE, cursor: pageParam, unread: unreadOnly ? 'true' : undefined },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarkRead) => api.post<MarkReadResult>('/notifications/read', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
