import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  AnalyticsBottlenecks,
  AnalyticsFlows,
  AnalyticsNiches,
  AnalyticsRegions,
  AnalyticsSummary,
  analyticsQuerySchema,
} from '@zamena/shared/analytics/analytics.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

/** `region` only for analysts; a centre's figures are limited to its region by the API itself. */
export type AnalyticsScope = z.input<typeof analyticsQuerySchema>;

const STALE = 60_000;

export const analyticsKeys = {
  all: ['analytics'] as const,
  part: (part: string, scope: AnalyticsScope) => ['analytics', part, scope] as const,
};

function useAnalytics<T>(part: string, scope: AnalyticsScope) {
  return useQuery({
    queryKey: analyticsKeys.part(part, scope),
    queryFn: ({ signal }) => api.get<T>(`/analytics/${part}`, { query: scope, signal }),
    staleTime: STALE,
  });
}

export const useAnalyticsSummary = (scope: AnalyticsScope) =>
  useAnalytics<AnalyticsSummary>('summary', scope);
export const useAnalyticsRegions = (scope: AnalyticsScope) =>
  useAnalytics<AnalyticsRegions>('regions', scope);
export const useAnalyticsFlows = (scope: AnalyticsScope) => useAnalytics<AnalyticsFlows>('flows', scope);
export const useBottlenecks = (scope: AnalyticsScope) =>
  useAnalytics<AnalyticsBottlenecks>('bottlenecks', scope);
export const useNiches = (scope: AnalyticsScope) => useAnalytics<AnalyticsNiches>('niches', scope);

/** The niche ranking as a workbook, fetched with the bearer token. */
export function useNichesExport() {
  return useMutation({
    mutationFn: (scope: AnalyticsScope) => api.download('/analytics/niches/export.xlsx', { query: scope }),
  });
}
