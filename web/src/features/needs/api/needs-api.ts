import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateNeed,
  Need,
  NeedPage,
  UpdateNeed,
  needListQuerySchema,
} from '@zamena/shared/needs/needs.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

/** The list's filters as the API reads them; the hook adds `limit` and `cursor`. */
export type NeedListParams = Omit<z.input<typeof needListQuerySchema>, 'limit' | 'cursor'>;
export type NeedTransitionKind = 'publish' | 'cancel' | 'close';

const PAGE_SIZE = 20;

export const needKeys = {
  all: ['needs'] as const,
  list: (params: NeedListParams) => ['needs', 'list', params] as const,
  detail: (id: string) => ['needs', 'detail', id] as const,
};

/** `If-Match` carries the version the user read; the server answers 412 when someone changed it since. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function useNeedList(params: NeedListParams) {
  return useInfiniteQuery({
    queryKey: needKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      api.get<NeedPage>('/needs', { query: { ...params, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Lists change as others post; a minute-old page is refreshed when it is shown again.
    staleTime: 15_000,
  });
}

export function useNeed(id: string) {
  return useQuery({
    queryKey: needKeys.detail(id),
    queryFn: ({ signal }) => api.get<Need>(`/needs/${id}`, { signal }),
    staleTime: 0,
  });
}

function useStoreNeed() {
  const queryClient = useQueryClient();
  return (need: Need) => {
    queryClient.setQueryData(needKeys.detail(need.id), need);
    void queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
  };
}

export function useCreateNeed() {
  const store = useStoreNeed();
  return useMutation({
    mutationFn: (input: CreateNeed) => api.post<Need>('/needs', input),
    onSuccess: store,
  });
}

export function useUpdateNeed() {
  const store = useStoreNeed();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: UpdateNeed }) =>
      api.patch<Need>(`/needs/${id}`, patch, { headers: ifMatch(version) }),
    onSuccess: store,
  });
}

export function useNeedTransition() {
  const store = useStoreNeed();
  return useMutation({
    mutationFn: ({ need, kind, reason }: { need: Need; kind: NeedTransitionKind; reason?: string }) =>
      api.post<Need>(`/needs/${need.id}/${kind}`, reason ? { reason } : undefined, {
        headers: ifMatch(need.version),
      }),
    onSuccess: store,
  });
}

export function exportNeeds(format: 'xlsx' | 'csv', params: NeedListParams) {
  return api.download('/needs/export', { query: { ...params, format } });
}
