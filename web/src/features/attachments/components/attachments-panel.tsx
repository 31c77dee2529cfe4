import type { Attachment, AttachmentOwnerKind } from '@zamena/shared/attachments/attachments.schemas';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { formatDateTime } from '../../../components/ui/format';
import { saveFile } from '../../../components/ui/save-file';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { fetchAttachment, useAttachments, useDeleteAttachment } from '../api/attachments-api';
import { formatFileSize, typeLabel } from '../utils/file-size';
import { AttachmentPreview } from './attachment-preview';
import { AttachmentUpload } from './attachment-upload';
import '../attachments.css';

type Props = {
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  /** By default the owner kind's own heading ("Drawings and documents" on a need). */
  heading?: string;
  /** Shown when there are no files and the viewer may not add any: nothing at all when unset. */
  emptyText?: string;
};

/**
 * Files of a need, capability, bid or order: previews, download, delete (the uploader's organization)
 * and upload (the object's owner side). A viewer who may not read the object sees nothing.
 */
export function AttachmentsPanel({ ownerKind, ownerId, heading, emptyText }: Props) {
  const { t } = useTranslation();
  const list = useAttachments(ownerKind, ownerId);
  const headingId = `attachments-${ownerKind}-${ownerId}`;

  if (list.isError && list.error && 'status' in list.error && list.error.status === 404) return null;
  const items = list.data?.items ?? [];
  if (list.isSuccess && items.length === 0 && !list.data.canUpload && !emptyText) return null;

  return (
    <section
      className="deal-section attachments"
      aria-labelledby={headingId}
      data-section={`attachments-${ownerKind}`}
    >
      <h2 id={headingId}>{heading ?? t(`attachments.${ownerKind}Heading`)}</h2>
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.isError ? <Alert tone="error">{problemMessage(t, list.error)}</Alert> : null}
      {list.isSuccess ? (
        <>
          {items.length === 0 ? <p className="muted">{emptyText ?? t('attachments.empty')}</p> : null}
          {items.length > 0 ? (
            <ul className="attachment-list">
              {items.map((item) => (
                <AttachmentItem key={item.id} attachment={item} ownerKind={ownerKind} ownerId={ownerId} />
              ))}
            </ul>
          ) : null}
          {list.data.canUpload ? (
            <AttachmentUpload ownerKind={ownerKind} ownerId={ownerId} maxBytes={list.data.maxBytes} />
          ) : items.length >= list.data.maxCount ? (
            <p className="muted">{t('attachments.limitReached', { n: list.data.maxCount })}</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

type ItemProps = { attachment: Attachment; ownerKind: AttachmentOwnerKind; ownerId: string };

function AttachmentItem({ attachment, ownerKind, ownerId }: ItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const remove = useDeleteAttachment(ownerKind, ownerId);
  const [confirming, setConfirming] = useState(false);
  const download = useMutation({
    mutationFn: async () => {
      const file = await fetchAttachment(attachment.id);
      saveFile(file.blob, attachment.name);
    },
  });

  return (
    <li className="attachment-item" data-attachment={attachment.name}>
      <AttachmentPreview attachment={attachment} />
      <div className="attachment-info">
        {attachment.documentKind ? (
          <span className="attachment-kind">{t(`attachments.documentKinds.${attachment.documentKind}`)}</span>
        ) : null}
        <span className="attachment-name">{attachment.name}</span>
        <span className="attachment-meta muted">
          {t('attachments.meta', {
            type: typeLabel(attachment.contentType),
            size: formatFileSize(attachment.size, language),
            who: attachment.uploadedByName,
            date: formatDateTime(attachment.createdAt, language),
          })}
        </span>
        <div className="attachment-actions">
          <Button
            variant="secondary"
            className="button-small"
            busy={download.isPending}
            onClick={() => download.mutate()}
            aria-label={t('attachments.downloadNamed', { name: attachment.name })}
          >
            {t('attachments.download')}
          </Button>
          {attachment.canDelete ? (
            <Button
              variant="ghost"
              className="button-small"
              busy={remove.isPending}
              onClick={() => setConfirming(true)}
              aria-label={t('attachments.deleteNamed', { name: attachment.name })}
            >
              {t('attachments.delete')}
            </Button>
          ) : null}
        </div>
        {download.isError ? <Alert tone="error">{problemMessage(t, download.error)}</Alert> : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('attachments.confirmDelete', { name: attachment.name })}
        confirmLabel={t('attachments.delete')}
        cancelLabel={t('attachments.keep')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate(attachment.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
        error={remove.isError ? <Alert tone="error">{problemMessage(t, remove.error)}</Alert> : null}
      />
    </li>
  );
}
