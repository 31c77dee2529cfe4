import type { Okpd2Code, Okpd2Suggestion } from '@zamena/shared/reference/reference.schemas';
import type { Okpd2Source } from '../components/ui/okpd2-source';
import { api } from './api-client';

type Items<T> = { items: T[] };

/** The OKPD2 classifier as the picker reads it: search, browse by parent, codes for a typed title. */
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
