import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditObjectType, AuditPage } from '@zamena/shared/audit/audit.schemas';
import { api } from '../../../lib/api-client';

const PAGE_SIZE = '20';

export const auditKeys = {
  object: (objectType: AuditObjectType, objectId: string) => ['audit', objectType, objectId] as const,
};

/** An object's changes, newest first; fetched only once the history is opened. */
export function useObjectHistory(objectType: AuditObjectType, objectId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: auditKeys.object(objectType, objectId),
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPage>('/audit', {
        query: { objectType, objectId, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}

export function downloadObjectHistory(objectType: AuditObjectType, objectId: string) {
  return api.download('/audit/export.csv', { query: { objectType, objectId } });
}
