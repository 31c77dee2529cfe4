import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateSupportMeasureInput,
  SupportMeasure,
  SupportMeasureList,
  UpdateSupportMeasure,
} from '@zamena/shared/support-measures/support-measures.schemas';
import { api } from '../../../lib/api-client';

export const supportMeasureKeys = {
  all: ['support-measures'] as const,
  list: (includeInactive: boolean, filters: MeasureListFilters) =>
    ['support-measures', 'list', includeInactive, filters] as const,
  applicable: (okpd2: string, region: string | undefined) =>
    ['support-measures', 'applicable', okpd2, region] as const,
};

/** `type`, `region`, `okpd2` as GET /support-measures takes them; empty strings filter nothing. */
export type MeasureListFilters = { type: string; region: string; okpd2: string };

/** Administrators may see inactive measures too (`active` omitted lists all of them). */
export function useSupportMeasures(includeInactive: boolean, filters: MeasureListFilters) {
  return useQuery({
    queryKey: supportMeasureKeys.list(includeInactive, filters),
    queryFn: ({ signal }) =>
      api.get<SupportMeasureList>('/support-measures', {
        query: {
          active: includeInactive ? undefined : true,
          type: filters.type || undefined,
          region: filters.region || undefined,
          okpd2: filters.okpd2 || undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useApplicableMeasures(okpd2: string, region: string | undefined) {
  return useQuery({
    queryKey: supportMeasureKeys.applicable(okpd2, region),
    queryFn: ({ signal }) =>
      api.get<SupportMeasureList>('/support-measures/applicable', { query: { okpd2, region }, signal }),
    staleTime: 5 * 60_000,
  });
}

function useInvalidateMeasures() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: supportMeasureKeys.all });
}

export function useCreateSupportMeasure() {
  const onSuccess = useInvalidateMeasures();
  return useMutation({
    mutationFn: (input: CreateSupportMeasureInput) => api.post<SupportMeasure>('/support-measures', input),
    onSuccess,
  });
}

export function useUpdateSupportMeasure() {
  const onSuccess = useInvalidateMeasures();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateSupportMeasure }) =>
      api.patch<SupportMeasure>(`/support-measures/${id}`, changes),
    onSuccess,
  });
}

export function useDeleteSupportMeasure() {
  const onSuccess = useInvalidateMeasures();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/support-measures/${id}`),
    onSuccess,
  });
}
