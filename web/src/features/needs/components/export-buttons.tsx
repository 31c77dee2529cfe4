import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { saveFile } from '../../../components/ui/save-file';
import { problemMessage } from '../../../i18n/problem-message';
import { exportNeeds, type NeedListParams } from '../api/needs-api';

const FORMATS = ['xlsx', 'csv'] as const;

/** Exports exactly what the list shows (same filters); the file is fetched with the token, then saved. */
export function ExportButtons({ params }: { params: NeedListParams }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: async (format: (typeof FORMATS)[number]) => {
      const file = await exportNeeds(format, params);
      const today = new Date().toISOString().slice(0, 10);
      saveFile(file.blob, file.filename ?? `needs-${today}.${format}`);
    },
  });
  return (
    <div className="toolbar-actions" role="group" aria-label={t('needs.export.label')}>
      {FORMATS.map((format) => (
        <Button
          key={format}
          variant="secondary"
          className="button-small"
          busy={download.isPending && download.variables === format}
          onClick={() => download.mutate(format)}
        >
          {t('needs.export.button', { format: format.toUpperCase() })}
        </Button>
      ))}
      {download.isError ? (
        <Alert tone="error">{t('needs.export.failed', { reason: problemMessage(t, download.error) })}</Alert>
      ) : null}
    </div>
  );
}
