import { useQuery } from '@tanstack/react-query';
import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import { api } from '../../../lib/api-client';

type Items<T> = { items: T[] };

/** Enterprises a centre may post for (its own region), or every enterprise for an administrator. */
export function useBuyerOptions(regionCode: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['organizations', 'enterprises', regionCode ?? 'all'],
    queryFn: async ({ signal }) =>
      (
        await api.get<Items<Organization>>('/organizations', {
          query: { kind: 'enterprise', region: regionCode, limit: 200 },
          signal,
        })
      ).items,
    enabled,
  });
}
