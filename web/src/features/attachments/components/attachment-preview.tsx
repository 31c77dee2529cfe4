import type { Attachment } from '@zamena/shared/attachments/attachments.schemas';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '../../../components/ui/spinner';
import { useAttachmentBlob } from '../api/attachments-api';
import { previewKind } from '../utils/file-size';

const PREVIEW_WIDTH = 160;

/** An image as a picture (a data: URL, which the page's CSP allows), a PDF as its first page. */
export function AttachmentPreview({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const kind = previewKind(attachment.contentType);
  const file = useAttachmentBlob(attachment.id, kind !== null);
  if (!kind) return null;
  if (file.isPending) return <Spinner label={t('attachments.previewLoading')} />;
  if (file.isError)
    return <p className="muted attachment-preview-failed">{t('attachments.previewFailed')}</p>;
  return kind === 'image' ? (
    <ImagePreview blob={file.data} name={attachment.name} />
  ) : (
    <PdfPreview blob={file.data} name={attachment.name} />
  );
}

function ImagePreview({ blob, name }: { blob: Blob; name: string }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    const reader = new FileReader();
    reader.onload = () => setSource(typeof reader.result === 'string' ? reader.result : null);
    reader.readAsDataURL(blob);
    return () => reader.abort();
  }, [blob]);
  return source ? (
    <img className="attachment-thumb" src={source} alt={t('attachments.previewOf', { name })} />
  ) : null;
}

function PdfPreview({ blob, name }: { blob: Blob; name: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        // pdf.js (hundreds of KB) is fetched only when a PDF is shown, never with the first page.
        const [{ renderFirstPage }, data] = await Promise.all([
          import('../utils/pdf-first-page'),
          blob.arrayBuffer(),
        ]);
        if (cancelled || !canvas.current) return;
        await renderFirstPage(data, canvas.current, PREVIEW_WIDTH);
        if (!cancelled) setState('ready');
      } catch {
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [blob]);
  return (
    <>
      {state === 'loading' ? <Spinner label={t('attachments.previewLoading')} /> : null}
      {state === 'failed' ? (
        <p className="muted attachment-preview-failed">{t('attachments.previewFailed')}</p>
      ) : null}
      <canvas
        ref={canvas}
        className="attachment-thumb attachment-pdf"
        role="img"
        aria-label={t('attachments.pdfPreviewOf', { name })}
        data-state={state}
        hidden={state !== 'ready'}
      />
    </>
  );
}
