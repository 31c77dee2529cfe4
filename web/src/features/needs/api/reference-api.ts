import { useQuery } from '@tanstack/react-query';
import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import type { Okpd2Code, Okpd2Suggestion } from '@zamena/shared/reference/reference.schemas';
import type { Okpd2Source } from '../../../components/ui/okpd2-source';
import { api } from '../../../lib/api-client';

type Items<T> = { items: T[] };

export const okpd2Source: Okpd2Source = {
  search: async (q, signal) =>
    (await api.get<Items<Okpd2Code>>('/okpd2', { query: { q, limit: 30 }, signal })).items,
  children: async (parent, signal) =>
    (
      await api.get<Items<Okpd2Code>>('/okpd2', {
        query: { parent: parent ?? undefined, limit: 100 },
        signal,
      })
    ).items,
  suggest: async (title, signal) =>
    (await api.get<Items<Okpd2Suggestion>>('/okpd2/suggest', { query: { title }, signal })).items,
};

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
