import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Import,
  ImportAccepted,
  ImportKind,
  ImportList,
  ImportStatus,
} from '@zamena/shared/imports/imports.schemas';
import { api } from '../../../lib/api-client';

const POLL_MS = 500;

export const isFinished = (status: ImportStatus) => status === 'succeeded' || status === 'failed';

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<ImportAccepted>(`/${kind}/import`, form);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['imports', 'recent'] }),
  });
}

/** Polled every half second while the worker is on it; then the lists it filled are refreshed. */
export function useImportJob(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['imports', 'job', id],
    queryFn: async ({ signal }) => {
      const job = await api.get<Import>(`/imports/${id}`, { signal });
      if (isFinished(job.status)) {
        void queryClient.invalidateQueries({ queryKey: [job.kind, 'list'] });
        void queryClient.invalidateQueries({ queryKey: ['imports', 'recent'] });
      }
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : POLL_MS),
    staleTime: 0,
  });
}

export function useRecentImports() {
  return useQuery({
    queryKey: ['imports', 'recent'],
    queryFn: async ({ signal }) => (await api.get<ImportList>('/imports', { signal })).items,
    staleTime: 0,
  });
}

export function downloadTemplate(kind: ImportKind) {
  return api.download(`/${kind}/import/template.xlsx`);
}

/** A failed import's file with its problems in an added column (GET /imports/:id/annotated). */
export function downloadAnnotated(id: string) {
  return api.download(`/imports/${id}/annotated`);
}
