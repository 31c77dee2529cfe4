import type { AttachmentRef } from '@zamena/shared/attachments/attachments.schemas';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { saveFile } from '../../../components/ui/save-file';
import { api } from '../../../lib/api-client';

/** The files a message points to (the need's, a bid's, an order's): each downloads with the token. */
export function MessageFiles({ files }: { files: AttachmentRef[] }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: async (file: AttachmentRef) => {
      const answer = await api.download(`/attachments/${file.id}`);
      saveFile(answer.blob, file.name);
    },
  });
  if (files.length === 0) return null;
  return (
    <ul className="message-files" aria-label={t('messages.files')}>
      {files.map((file) => (
        <li key={file.id}>
          <Button
            variant="ghost"
            className="button-small"
            aria-label={t('messages.downloadFile', { name: file.name })}
            busy={download.isPending && download.variables?.id === file.id}
            onClick={() => download.mutate(file)}
          >
            {file.name}
          </Button>
        </li>
      ))}
    </ul>
  );
}
