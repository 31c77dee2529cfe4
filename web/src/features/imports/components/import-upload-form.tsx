import type { ImportKind } from '@zamena/shared/imports/imports.schemas';
import { useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../i18n/problem-message';
import { useStartImport } from '../api/imports-api';

const ACCEPTED = /\.(xlsx|csv)$/i;
const MAX_BYTES = 20 * 1024 * 1024;

type ImportUploadFormProps = { kind: ImportKind; onStarted: (id: string) => void };

/** A labelled file input inside a drop zone: click, keyboard or drag a file onto it. */
export function ImportUploadForm({ kind, onStarted }: ImportUploadFormProps) {
  const { t } = useTranslation();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<'required' | 'type' | 'size' | null>(null);
  const [dragging, setDragging] = useState(false);

  const choose = (next: File | null) => {
    setFile(next);
    setProblem(null);
    start.reset();
  };

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const refusal = !file
      ? 'required'
      : !ACCEPTED.test(file.name)
        ? 'type'
        : file.size > MAX_BYTES
          ? 'size'
          : null;
    setProblem(refusal);
    if (refusal || !file) return;
    start.mutate({ kind, file }, { onSuccess: (job) => onStarted(job.id) });
  };

  const error = problem ? t(`imports.fileProblem.${problem}`) : null;

  return (
    <form className="import-upload" noValidate onSubmit={submit}>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label
          className={dragging ? 'dropzone dropzone-active' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <span className="dropzone-title" id="import-file-label">
            {t('imports.fileLabel')}
          </span>
          <span className="field-hint" id="import-file-hint">
            {t('imports.fileHint')}
          </span>
          {/* The native control speaks the browser's language; ours is drawn instead and the input stays focusable. */}
          <span className="button button-secondary button-small dropzone-button" aria-hidden="true">
            {file ? t('imports.chooseOther') : t('imports.choose')}
          </span>
          <input
            id="import-file"
            className="visually-hidden"
            aria-labelledby="import-file-label"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'import-file-hint import-file-error' : 'import-file-hint'}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
          {file ? <span className="dropzone-file">{t('imports.chosen', { name: file.name })}</span> : null}
        </label>
        {error ? (
          <p className="field-error" id="import-file-error">
            <span aria-hidden="true" className="field-error-icon">
              !
            </span>
            {error}
          </p>
        ) : null}
      </div>
      {start.isError ? <Alert tone="error">{problemMessage(t, start.error)}</Alert> : null}
      <Button type="submit" busy={start.isPending}>
        {start.isPending ? t('imports.uploading') : t('imports.upload')}
      </Button>
    </form>
  );
}
