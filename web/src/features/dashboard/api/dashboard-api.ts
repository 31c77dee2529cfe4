import { useQueries, useQuery } from '@tanstack/react-query';
import type { AnalyticsBottlenecks, AnalyticsSummary } from '@zamena/shared/analytics/analytics.schemas';
import type { BidPage, NeedBids } from '@zamena/shared/bids/bids.schemas';
import type { Match, MatchPage } from '@zamena/shared/matching/matching.schemas';
import type { Need, NeedPage, needListQuerySchema } from '@zamena/shared/needs/needs.schemas';
import type { OrderPage, orderListQuerySchema } from '@zamena/shared/orders/orders.schemas';
import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

/**
 * The dashboard reads other features' data through the API only (features never import each other).
 * Keys start with the owning resource ('needs', 'orders', …) so their mutations refresh these cards too.
 */
const CARD_LIMIT = 5;
const STALE = 30_000;
export const ORDERS_IN_PROGRESS = 'confirmed,in_production,shipped';

export function useDashboardNeeds(query: Omit<z.input<typeof needListQuerySchema>, 'limit'>) {
  return useQuery({
    queryKey: ['needs', 'list', 'dashboard', query],
    queryFn: ({ signal }) => api.get<NeedPage>('/needs', { query: { ...query, limit: 20 }, signal }),
    staleTime: STALE,
  });
}

/** Matches and bids per need, fetched in parallel once the needs are known (one level, no chains). */
export function useNeedActivity(needs: Need[] | undefined) {
  const shown = (needs ?? []).slice(0, CARD_LIMIT);
  const matches = useQueries({
    queries: shown.map((need) => ({
      queryKey: ['matches', 'need', need.id, 'dashboard'],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<{ items: Match[] }>(`/needs/${need.id}/matches`, { signal }),
      staleTime: STALE,
    })),
  });
  const bids = useQueries({
    queries: shown.map((need) => ({
      queryKey: ['bids', 'need', need.id, 'dashboard'],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<NeedBids>(`/needs/${need.id}/bids`, { query: { status: 'submitted' }, signal }),
      staleTime: STALE,
    })),
  });
  return shown.map((need, index) => ({
    need,
    matches: matches[index]?.data?.items.filter((match) => match.status !== 'dismissed').length,
    bids: bids[index]?.data?.items.length,
  }));
}

export function useDashboardOrders(query: Omit<z.input<typeof orderListQuerySchema>, 'limit'>) {
  return useQuery({
    queryKey: ['orders', 'list', 'dashboard', query],
    queryFn: ({ signal }) =>
      api.get<OrderPage>('/orders', { query: { ...query, limit: CARD_LIMIT }, signal }),
    staleTime: STALE,
  });
}

export function useMyLiveBids() {
  return useQuery({
    queryKey: ['bids', 'mine', 'dashboard'],
    queryFn: ({ signal }) =>
      api.get<BidPage>('/bids', { query: { mine: '1', status: 'submitted', limit: CARD_LIMIT }, signal }),
    staleTime: STALE,
  });
}

export function useRegionEnterprises(regionCode: string) {
  return useQuery({
    queryKey: ['organizations', 'dashboard', regionCode],
    queryFn: ({ signal }) =>
      api.get<{ items: Organization[] }>('/organizations', {
        query: { kind: 'enterprise', region: regionCode, limit: 50 },
        signal,
      }),
    staleTime: STALE,
  });
}

export function useReviewQueueSize() {
  return useQuery({
    queryKey: ['matches', 'queue', 'dashboard'],
    queryFn: ({ signal }) =>
      api.get<MatchPage>('/matches', { query: { status: 'proposed', limit: 100 }, signal }),
    staleTime: STALE,
  });
}

export function useAnalyticsSummary(regionCode?: string) {
  return useQuery({
    queryKey: ['analytics', 'summary', 'dashboard', regionCode ?? null],
    queryFn: ({ signal }) =>
      api.get<AnalyticsSummary>('/analytics/summary', {
        query: regionCode ? { region: regionCode } : {},
        signal,
      }),
    staleTime: STALE,
  });
}

export function useBottlenecks() {
  return useQuery({
    queryKey: ['analytics', 'bottlenecks', 'dashboard'],
    queryFn: ({ signal }) =>
      api.get<AnalyticsBottlenecks>('/analytics/bottlenecks', {
        query: { limit: CARD_LIMIT, itemsPerGroup: 0 },
        signal,
      }),
    staleTime: STALE,
  });
}
