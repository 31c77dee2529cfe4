import { useQuery } from '@tanstack/react-query';
import type { CapabilityPage } from '@zamena/shared/capabilities/capabilities.schemas';
import type { OrganizationProfile } from '@zamena/shared/organizations/organization-profile.schemas';
import { api } from '../../../lib/api-client';

/** Every organization query starts with 'organizations': a verification decision refreshes them all. */
export const organizationKeys = {
  profile: (id: string) => ['organizations', 'profile', id] as const,
  capabilities: (id: string) => ['organizations', 'capabilities', id] as const,
};

export function useOrganizationProfile(id: string) {
  return useQuery({
    queryKey: organizationKeys.profile(id),
    queryFn: ({ signal }) => api.get<OrganizationProfile>(`/organizations/${id}`, { signal }),
  });
}

/** Its active capabilities, newest first (the first page is enough for a profile). */
export function useOrganizationCapabilities(id: string) {
  return useQuery({
    queryKey: organizationKeys.capabilities(id),
    queryFn: ({ signal }) =>
      api.get<CapabilityPage>('/capabilities', {
        query: { organization: id, sort: 'date', limit: 20 },
        signal,
      }),
  });
}
