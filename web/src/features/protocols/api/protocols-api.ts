import { useMutation, useQuery } from '@tanstack/react-query';
import type { Protocol, ProtocolLanguage } from '@zamena/shared/protocols/protocols.schemas';
import { saveFile } from '../../../components/ui/save-file';
import { api } from '../../../lib/api-client';

export const protocolKeys = {
  detail: (id: string) => ['protocols', 'detail', id] as const,
};

/** A protocol never changes once written: read once, kept. */
export function useProtocol(id: string) {
  return useQuery({
    queryKey: protocolKeys.detail(id),
    queryFn: ({ signal }) => api.get<Protocol>(`/protocols/${id}`, { signal }),
    staleTime: Infinity,
  });
}

/** The server's PDF, fetched with the bearer token (a plain link could not send it) and saved. */
export function useDownloadProtocolPdf() {
  return useMutation({
    mutationFn: async ({ protocol, language }: { protocol: Protocol; language: ProtocolLanguage }) => {
      const file = await api.download(`/protocols/${protocol.id}.pdf`, { query: { lang: language } });
      saveFile(file.blob, file.filename ?? `protocol-${protocol.number}.pdf`);
    },
  });
}
