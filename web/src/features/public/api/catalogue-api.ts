import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type {
  CatalogueNeedPage,
  CatalogueStats,
  catalogueNeedQuerySchema,
} from '@zamena/shared/catalogue/catalogue.schemas';
import type { Okpd2Code } from '@zamena/shared/reference/reference.schemas';
import type { z } from 'zod';
import type { Okpd2Source } from '../../../components/ui/okpd2-source';
import { api } from '../../../lib/api-client';

/** The catalogue's filters as the API reads them; the hook adds `limit` and `cursor`. */
export type CatalogueParams = Omit<z.input<typeof catalogueNeedQuerySchema>, 'limit' | 'cursor'>;

const PAGE_SIZE = 20;

// Guests have no token to send: without `auth: false` a 401 would try a refresh first.
const PUBLIC = { auth: false } as const;

export function useCatalogueStats() {
  return useQuery({
    queryKey: ['catalogue', 'stats'],
    queryFn: ({ signal }) => api.get<CatalogueStats>('/catalogue/stats', { ...PUBLIC, signal }),
    staleTime: 60_000,
  });
}

export function useCatalogueNeeds(params: CatalogueParams) {
  return useInfiniteQuery({
    queryKey: ['catalogue', 'needs', params],
    queryFn: ({ pageParam, signal }) =>
      api.get<CatalogueNeedPage>('/catalogue/needs', {
        ...PUBLIC,
        query: { ...params, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });
}

type Items<T> = { items: T[] };

/** The classifier is public reference data: the picker works before signing in. */
export const publicOkpd2Source: Okpd2Source = {
  search: async (q, signal) =>
    (await api.get<Items<Okpd2Code>>('/okpd2', { ...PUBLIC, query: { q, limit: 30 }, signal })).items,
  children: async (parent, signal) =>
    (
      await api.get<Items<Okpd2Code>>('/okpd2', {
        ...PUBLIC,
        query: { parent: parent ?? undefined, limit: 100 },
        signal,
      })
    ).items,
};
