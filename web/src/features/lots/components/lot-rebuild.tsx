import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { problemMessage } from '../../../i18n/problem-message';
import { lotKeys, useRebuild, useStartRebuild } from '../api/lots-api';

/** Starts a rebuild (202) and polls it; the lists refresh once the worker is done. */
export function LotRebuild() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [id, setId] = useState<string | null>(null);
  const start = useStartRebuild();
  const rebuild = useRebuild(id);
  const status = rebuild.data?.status;

  useEffect(() => {
    if (status === 'succeeded') {
      void queryClient.invalidateQueries({ queryKey: lotKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['analytics'] });
    }
  }, [status, queryClient]);

  const running = start.isPending || status === 'queued' || status === 'running';
  const stats = rebuild.data?.stats;
  return (
    <div className="lot-rebuild">
      <Button
        variant="secondary"
        busy={running}
        onClick={() => start.mutate(undefined, { onSuccess: (created) => setId(created.id) })}
      >
        {t('lots.rebuild.button')}
      </Button>
      {running && id ? (
        <ProgressBar
          label={status === 'running' ? t('lots.rebuild.running') : t('lots.rebuild.queued')}
          value={undefined}
          max={undefined}
        />
      ) : null}
      {status === 'succeeded' && stats ? (
        <Alert tone="info">{t('lots.rebuild.succeeded', stats)}</Alert>
      ) : null}
      {status === 'failed' ? (
        <Alert tone="error">{t('lots.rebuild.failed', { error: rebuild.data?.error ?? '' })}</Alert>
      ) : null}
      {start.isError ? <Alert tone="error">{problemMessage(t, start.error)}</Alert> : null}
      {rebuild.isError ? <Alert tone="error">{problemMessage(t, rebuild.error)}</Alert> : null}
    </div>
  );
}
