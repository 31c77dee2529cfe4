import { useQuery } from '@tanstack/react-query';
import type { Dashboard } from '@zamena/shared/dashboard/dashboard.schemas';
import { api } from '../../../lib/api-client';

/** Every card of the dashboard comes from this one request (GET /dashboard). */
export const dashboardQueryKey = ['dashboard'] as const;

export function useDashboard() {
  return useQuery({
    queryKey: dashboardQueryKey,
    queryFn: ({ signal }) => api.get<Dashboard>('/dashboard', { signal }),
    // Fetched again on every visit (one request), so what other pages changed shows at once.
    staleTime: 0,
  });
}
