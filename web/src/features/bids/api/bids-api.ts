import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Bid,
  BidPage,
  AcceptBidInput,
  CreateBid,
  NeedBids,
  RejectBid,
  UpdateBid,
  bidListQuerySchema,
} from '@zamena/shared/bids/bids.schemas';
import type { CapabilityPage } from '@zamena/shared/capabilities/capabilities.schemas';
import type { Order } from '@zamena/shared/orders/orders.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

const PAGE_SIZE = 20;

/** The list's filters as the API reads them; the hook adds `limit` and `cursor`. */
export type BidListParams = Omit<z.input<typeof bidListQuerySchema>, 'limit' | 'cursor'>;

/** Every bids query starts with 'bids', so live events and decisions refresh them together. */
export const bidKeys = {
  all: ['bids'] as const,
  forNeed: (needId: string) => ['bids', 'need', needId] as const,
  mine: (params: BidListParams) => ['bids', 'mine', params] as const,
  myCapabilities: (organizationId: string) => ['bids', 'capabilities', organizationId] as const,
};

/** Also fired by the need page's route next to the need itself (no waterfall). */
export const needBidsQuery = (needId: string) =>
  queryOptions({
    queryKey: bidKeys.forNeed(needId),
    queryFn: ({ signal }) => api.get<NeedBids>(`/needs/${needId}/bids`, { signal }),
    staleTime: 15_000,
  });

export function useNeedBids(needId: string, enabled = true) {
  return useQuery({ ...needBidsQuery(needId), enabled });
}

export function useMyBids(params: BidListParams) {
  return useInfiniteQuery({
    queryKey: bidKeys.mine(params),
    queryFn: ({ pageParam, signal }) =>
      api.get<BidPage>('/bids', { query: { ...params, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });
}

/** The bidder's active capabilities, to say which one the offer is made from. */
export function useMyCapabilities(organizationId: string, enabled: boolean) {
  return useQuery({
    queryKey: bidKeys.myCapabilities(organizationId),
    queryFn: ({ signal }) =>
      api.get<CapabilityPage>('/capabilities', {
        query: { organization: organizationId, limit: 100, sort: 'date' },
        signal,
      }),
    enabled,
    staleTime: 60_000,
  });
}

/** After any decision the need (its status), its bids, orders and the bidder's list may have changed. */
function useRefreshAfterBidChange() {
  const queryClient = useQueryClient();
  return (needId: string) => {
    void queryClient.invalidateQueries({ queryKey: bidKeys.all });
    // Other features' queries, by their key convention: the need's status and the orders list.
    void queryClient.invalidateQueries({ queryKey: ['needs', 'detail', needId] });
    void queryClient.invalidateQueries({ queryKey: ['orders'] });
  };
}

export function useSubmitBid(needId: string) {
  const refresh = useRefreshAfterBidChange();
  return useMutation({
    mutationFn: (input: CreateBid) => api.post<Bid>(`/needs/${needId}/bids`, input),
    onSuccess: () => refresh(needId),
  });
}

/** `If-Match` with the revision the bidder edited: a concurrent revision answers 412, not a silent overwrite. */
export function useReviseBid() {
  const refresh = useRefreshAfterBidChange();
  return useMutation({
    mutationFn: ({ bid, patch }: { bid: Bid; patch: UpdateBid }) =>
      api.patch<Bid>(`/bids/${bid.id}`, patch, { headers: { 'if-match': `"${bid.revision}"` } }),
    onSuccess: (bid) => refresh(bid.needId),
  });
}

export function useWithdrawBid() {
  const refresh = useRefreshAfterBidChange();
  return useMutation({
    mutationFn: (bid: Bid) => api.post<Bid>(`/bids/${bid.id}/withdraw`),
    onSuccess: (bid) => refresh(bid.needId),
  });
}

export function useRejectBid() {
  const refresh = useRefreshAfterBidChange();
  return useMutation({
    mutationFn: ({ bid, input }: { bid: Bid; input: RejectBid }) =>
      api.post<Bid>(`/bids/${bid.id}/reject`, input),
    onSuccess: (bid) => refresh(bid.needId),
  });
}

/**
 * The key identifies one acceptance: a retry after a lost answer sends the same key and gets the same
 * order back (201, Idempotent-Replayed). `If-Match` pins the revision the buyer compared. The reason
 * (optional) goes into the selection protocol.
 */
export function useAcceptBid() {
  const refresh = useRefreshAfterBidChange();
  return useMutation({
    mutationFn: ({ bid, key, reason = '' }: { bid: Bid; key: string; reason?: string }) =>
      api.post<Order>(`/bids/${bid.id}/accept`, { reason } satisfies AcceptBidInput, {
        headers: { 'idempotency-key': key, 'if-match': `"${bid.revision}"` },
      }),
    onSuccess: (order) => refresh(order.needId),
  });
}
