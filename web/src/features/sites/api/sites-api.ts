import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateSiteInput,
  Residency,
  ResidencyDecision,
  ResidencyList,
  ResidencyStatus,
  Site,
  SiteKind,
  SiteList,
  UpdateSite,
} from '@zamena/shared/sites/sites.schemas';
import { api } from '../../../lib/api-client';

export type SiteFilters = { kind?: SiteKind; region?: string; includeInactive?: boolean };

export const siteKeys = {
  all: ['sites'] as const,
  list: (filters: SiteFilters) => ['sites', 'list', filters] as const,
  residencies: (organizationId: string) => ['residencies', 'organization', organizationId] as const,
  queue: (status: ResidencyStatus) => ['residencies', 'queue', status] as const,
};

export function useSites(filters: SiteFilters) {
  return useQuery({
    queryKey: siteKeys.list(filters),
    queryFn: ({ signal }) =>
      api.get<SiteList>('/sites', {
        query: {
          kind: filters.kind,
          region: filters.region,
          ...(filters.includeInactive ? {} : { active: true }),
        },
        signal,
      }),
  });
}

function useInvalidate(prefix: readonly string[]) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: prefix });
}

export function useSaveSite() {
  const onSuccess = useInvalidate(siteKeys.all);
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateSiteInput | UpdateSite }) =>
      id ? api.patch<Site>(`/sites/${id}`, input) : api.post<Site>('/sites', input),
    onSuccess,
  });
}

export function useResidencies(organizationId: string) {
  return useQuery({
    queryKey: siteKeys.residencies(organizationId),
    queryFn: ({ signal }) =>
      api.get<ResidencyList>(`/organizations/${organizationId}/residencies`, { signal }),
  });
}

export function useDeclareResidency() {
  const onSuccess = useInvalidate(['residencies']);
  return useMutation({
    mutationFn: (siteId: string) => api.post<Residency>('/residencies', { siteId }),
    onSuccess,
  });
}

export function useWithdrawResidency() {
  const onSuccess = useInvalidate(['residencies']);
  return useMutation({ mutationFn: (id: string) => api.delete<void>(`/residencies/${id}`), onSuccess });
}

export function useResidencyQueue(status: ResidencyStatus) {
  return useQuery({
    queryKey: siteKeys.queue(status),
    queryFn: ({ signal }) => api.get<ResidencyList>('/residencies', { query: { status }, signal }),
  });
}

export function useResidencyDecision() {
  const onSuccess = useInvalidate(['residencies']);
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: ResidencyDecision }) =>
      api.post<Residency>(`/residencies/${id}/decision`, decision),
    onSuccess,
  });
}
