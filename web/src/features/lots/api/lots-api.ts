import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateLotAward,
  CreateLotBidInput,
  LotAwardResult,
  LotBid,
  LotBidList,
  LotDetail,
  LotPage,
  LotRebuild,
  lotListQuerySchema,
} from '@zamena/shared/lots/lots.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

/** The list's filters as the API reads them; the hook adds `limit` and `cursor`. */
export type LotListParams = Omit<z.input<typeof lotListQuerySchema>, 'limit' | 'cursor'>;

export const lotKeys = {
  all: ['lots'] as const,
  list: (params: LotListParams) => ['lots', 'list', params] as const,
  detail: (id: string) => ['lots', 'detail', id] as const,
  bids: (id: string) => ['lots', 'bids', id] as const,
  rebuild: (id: string) => ['lots', 'rebuild', id] as const,
};

export function useLots(params: LotListParams) {
  return useInfiniteQuery({
    queryKey: lotKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      api.get<LotPage>('/lots', { query: { ...params, limit: 20, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });
}

export function useLot(id: string) {
  return useQuery({
    queryKey: lotKeys.detail(id),
    queryFn: ({ signal }) => api.get<LotDetail>(`/lots/${id}`, { signal }),
  });
}

export function usePublishLot(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<LotDetail>(`/lots/${id}/publish`),
    onSuccess: (lot) => {
      queryClient.setQueryData(lotKeys.detail(id), lot);
      void queryClient.invalidateQueries({ queryKey: ['lots', 'list'] });
    },
  });
}

export function useLotBids(id: string, enabled: boolean) {
  return useQuery({
    queryKey: lotKeys.bids(id),
    queryFn: ({ signal }) => api.get<LotBidList>(`/lots/${id}/bids`, { signal }),
    enabled,
  });
}

export function useCreateLotBid(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateLotBidInput) => api.post<LotBid>(`/lots/${id}/bids`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: lotKeys.bids(id) }),
  });
}

export function useWithdrawLotBid(lotId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bidId: string) => api.post<LotBid>(`/lots/${lotId}/bids/${bidId}/withdraw`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: lotKeys.bids(lotId) }),
  });
}

export function useStartRebuild() {
  return useMutation({ mutationFn: () => api.post<LotRebuild>('/lots/rebuild') });
}

const finished = (rebuild: LotRebuild | undefined) =>
  rebuild?.status === 'succeeded' || rebuild?.status === 'failed';

/** Polls a rebuild until the worker finishes it. */
export function useRebuild(id: string | null) {
  return useQuery({
    queryKey: lotKeys.rebuild(id ?? ''),
    queryFn: ({ signal }) => api.get<LotRebuild>(`/lots/rebuilds/${id}`, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
  });
}

/** One key per award, made when the confirmation opened: confirming again after a failure retries it. */
export function useAwardLot(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: CreateLotAward; key: string }) =>
      api.post<LotAwardResult>(`/lots/${id}/awards`, input, { headers: { 'idempotency-key': key } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: lotKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: ['lots', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
    },
  });
}
