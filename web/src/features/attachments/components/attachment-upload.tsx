import {
  ATTACHMENT_EXTENSIONS,
  type AttachmentOwnerKind,
  ORDER_DOCUMENT_KINDS,
  type OrderDocumentKind,
} from '@zamena/shared/attachments/attachments.schemas';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { SelectField } from '../../../components/ui/select-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useUploadAttachment } from '../api/attachments-api';
import { formatFileSize } from '../utils/file-size';

const ACCEPT = ATTACHMENT_EXTENSIONS.map((extension) => `.${extension}`).join(',');

type Props = { ownerKind: AttachmentOwnerKind; ownerId: string; maxBytes: number };

/** Choose a file (and, on an order, what paper it is), then send it with a progress bar. */
export function AttachmentUpload({ ownerKind, ownerId, maxBytes }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadAttachment(ownerKind, ownerId);
  const [file, setFile] = useState<File | null>(null);
  const [documentKind, setDocumentKind] = useState<OrderDocumentKind>('contract');
  const [progress, setProgress] = useState(0);
  const [tooLarge, setTooLarge] = useState(false);
  const [dragging, setDragging] = useState(false);

  const choose = (next: File | null) => {
    setFile(next);
    setTooLarge(false);
    upload.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || upload.isPending) return;
    if (file.size > maxBytes) {
      setTooLarge(true);
      return;
    }
    setProgress(0);
    upload.mutate(
      { file, documentKind: ownerKind === 'order' ? documentKind : undefined, onProgress: setProgress },
      {
        onSuccess: () => {
          setFile(null);
          if (input.current) input.current.value = '';
        },
      },
    );
  };

  return (
    <form className="attachment-upload" onSubmit={submit} noValidate>
      {ownerKind === 'order' ? (
        <SelectField
          id={`document-kind-${id}`}
          label={t('attachments.documentKindLabel')}
          value={documentKind}
          onChange={(event) => setDocumentKind(event.target.value as OrderDocumentKind)}
        >
          {ORDER_DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`attachments.documentKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <label
        className={dragging ? 'attachment-drop attachment-drop-active' : 'attachment-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          choose(event.dataTransfer.files[0] ?? null);
        }}
      >
        <span className="attachment-drop-title" id={`attachment-label-${id}`}>
          {t('attachments.fileLabel')}
        </span>
        <span className="field-hint" id={`attachment-hint-${id}`}>
          {t('attachments.fileHint', { size: formatFileSize(maxBytes, language) })}
        </span>
        {/* The native control speaks the browser's language; ours is drawn instead and the input stays focusable. */}
        <span className="button button-secondary button-small attachment-drop-button" aria-hidden="true">
          {file ? t('attachments.chooseOther') : t('attachments.choose')}
        </span>
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          aria-labelledby={`attachment-label-${id}`}
          aria-describedby={`attachment-hint-${id}`}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        {file ? (
          <span className="attachment-drop-file">
            {t('attachments.chosen', { name: file.name, size: formatFileSize(file.size, language) })}
          </span>
        ) : null}
      </label>
      {upload.isPending ? (
        <ProgressBar
          label={t('attachments.uploading', { name: file?.name ?? '' })}
          value={Math.round(progress * 100)}
          max={100}
          valueText={`${Math.round(progress * 100)} %`}
        />
      ) : null}
      {tooLarge ? (
        <Alert tone="error">{t('attachments.tooLarge', { size: formatFileSize(maxBytes, language) })}</Alert>
      ) : null}
      {upload.isError ? <Alert tone="error">{problemMessage(t, upload.error)}</Alert> : null}
      <Button type="submit" variant="secondary" busy={upload.isPending} aria-disabled={!file || undefined}>
        {t('attachments.upload')}
      </Button>
    </form>
  );
}
