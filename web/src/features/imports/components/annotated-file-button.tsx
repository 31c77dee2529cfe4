import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { saveFile } from '../../../components/ui/save-file';
import { problemMessage } from '../../../i18n/problem-message';
import { downloadAnnotated } from '../api/imports-api';

/** The uploaded file back, with each row's problems in an added column: fixed in place, it uploads as is. */
export function AnnotatedFileButton({ id, filename }: { id: string; filename: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: async () => {
      const file = await downloadAnnotated(id);
      saveFile(file.blob, file.filename ?? filename);
    },
  });
  return (
    <div className="import-annotated">
      <Button variant="secondary" busy={download.isPending} onClick={() => download.mutate()}>
        {t('imports.downloadAnnotated')}
      </Button>
      <p className="field-hint">{t('imports.annotatedHint')}</p>
      {download.isError ? <Alert tone="error">{problemMessage(t, download.error)}</Alert> : null}
    </div>
  );
}
