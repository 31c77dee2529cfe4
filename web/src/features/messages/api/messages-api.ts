import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Message, MessagePage, PostMessage, ThreadList } from '@zamena/shared/messages/messages.schemas';
import { api } from '../../../lib/api-client';

/** Every messages query starts with 'messages': a `message.received` event refreshes them together. */
export const messageKeys = {
  all: ['messages'] as const,
  threads: (needId: string) => ['messages', 'threads', needId] as const,
  thread: (threadId: string) => ['messages', 'thread', threadId] as const,
};

/** Also fired by the need page's route next to the need itself (no waterfall). */
export const needThreadsQuery = (needId: string) =>
  queryOptions({
    queryKey: messageKeys.threads(needId),
    queryFn: ({ signal }) => api.get<ThreadList>(`/needs/${needId}/threads`, { signal }),
    staleTime: 15_000,
  });

export function useThreads(needId: string, enabled = true) {
  return useQuery({ ...needThreadsQuery(needId), enabled });
}

/** Oldest first; further pages continue with later messages. */
export function useThreadMessages(threadId: string) {
  return useInfiniteQuery({
    queryKey: messageKeys.thread(threadId),
    queryFn: ({ pageParam, signal }) =>
      api.get<MessagePage>(`/threads/${threadId}/messages`, {
        query: { limit: 100, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 10_000,
  });
}

export function usePostMessage(needId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PostMessage) => api.post<Message>(`/needs/${needId}/messages`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}
