import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ATTACHMENT_OWNER_PATHS,
  type AttachmentList,
  type AttachmentOwnerKind,
  type AttachmentRef,
  type OrderDocumentKind,
} from '@zamena/shared/attachments/attachments.schemas';
import { api, uploadWithProgress } from '../../../lib/api-client';

export const attachmentKeys = {
  all: ['attachments'] as const,
  of: (kind: AttachmentOwnerKind, id: string) => ['attachments', kind, id] as const,
};

const listPath = (kind: AttachmentOwnerKind, id: string) =>
  `/${ATTACHMENT_OWNER_PATHS[kind]}/${id}/attachments`;

export const attachmentsQuery = (kind: AttachmentOwnerKind, id: string) =>
  queryOptions({
    queryKey: attachmentKeys.of(kind, id),
    queryFn: ({ signal }) => api.get<AttachmentList>(listPath(kind, id), { signal }),
    staleTime: 30_000,
  });

export function useAttachments(kind: AttachmentOwnerKind, id: string, enabled = true) {
  return useQuery({ ...attachmentsQuery(kind, id), enabled });
}

type UploadInput = { file: File; documentKind?: OrderDocumentKind; onProgress: (fraction: number) => void };

export function useUploadAttachment(kind: AttachmentOwnerKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, documentKind, onProgress }: UploadInput) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return uploadWithProgress<AttachmentRef>(listPath(kind, id), form, onProgress, { documentKind });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: attachmentKeys.of(kind, id) }),
  });
}

export function useDeleteAttachment(kind: AttachmentOwnerKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete<void>(`/attachments/${attachmentId}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: attachmentKeys.of(kind, id) }),
  });
}

/** The file's bytes, fetched with the token (a plain link could not send it). */
export const fetchAttachment = (attachmentId: string) => api.download(`/attachments/${attachmentId}`);

/** Previews are cached by attachment id: the bytes of an id never change. */
export function useAttachmentBlob(attachmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['attachments', 'file', attachmentId],
    queryFn: async () => (await fetchAttachment(attachmentId)).blob,
    enabled,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
}
