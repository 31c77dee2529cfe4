import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Capability,
  CapabilityPage,
  CreateCapability,
  UpdateCapability,
  capabilityListQuerySchema,
} from '@zamena/shared/capabilities/capabilities.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

/** The list's filters as the API reads them; the hook adds `limit` and `cursor`. */
export type CapabilityListParams = Omit<z.input<typeof capabilityListQuerySchema>, 'limit' | 'cursor'>;

const PAGE_SIZE = 20;

export const capabilityKeys = {
  all: ['capabilities'] as const,
  list: (params: CapabilityListParams) => ['capabilities', 'list', params] as const,
  detail: (id: string) => ['capabilities', 'detail', id] as const,
};

/** `If-Match` carries the version the user read; the server answers 412 when someone changed it since. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function useCapabilityList(params: CapabilityListParams) {
  return useInfiniteQuery({
    queryKey: capabilityKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      api.get<CapabilityPage>('/capabilities', {
        query: { ...params, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });
}

export function useCapability(id: string) {
  return useQuery({
    queryKey: capabilityKeys.detail(id),
    queryFn: ({ signal }) => api.get<Capability>(`/capabilities/${id}`, { signal }),
    staleTime: 0,
  });
}

function useStoreCapability() {
  const queryClient = useQueryClient();
  return (capability: Capability) => {
    queryClient.setQueryData(capabilityKeys.detail(capability.id), capability);
    void queryClient.invalidateQueries({ queryKey: ['capabilities', 'list'] });
  };
}

export function useCreateCapability() {
  const store = useStoreCapability();
  return useMutation({
    mutationFn: (input: CreateCapability) => api.post<Capability>('/capabilities', input),
    onSuccess: store,
  });
}

export function useUpdateCapability() {
  const store = useStoreCapability();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: UpdateCapability }) =>
      api.patch<Capability>(`/capabilities/${id}`, patch, { headers: ifMatch(version) }),
    onSuccess: store,
  });
}

/** DELETE deactivates (the row stays for its matches and bids); PATCH active=true restores it. */
export function useSetCapabilityActive() {
  const store = useStoreCapability();
  return useMutation({
    mutationFn: ({ capability, active }: { capability: Capability; active: boolean }) =>
      active
        ? api.patch<Capability>(
            `/capabilities/${capability.id}`,
            { active: true },
            { headers: ifMatch(capability.version) },
          )
        : api.delete<Capability>(`/capabilities/${capability.id}`, { headers: ifMatch(capability.version) }),
    onSuccess: store,
  });
}
