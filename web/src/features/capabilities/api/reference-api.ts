import { useQuery } from '@tanstack/react-query';
import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import { api } from '../../../lib/api-client';

type Items<T> = { items: T[] };

/** Enterprises an administrator may post a capability for. */
export function useManufacturerOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['organizations', 'enterprises', 'all'],
    queryFn: async ({ signal }) =>
      (
        await api.get<Items<Organization>>('/organizations', {
          query: { kind: 'enterprise', limit: 200 },
          signal,
        })
      ).items,
    enabled,
  });
}
