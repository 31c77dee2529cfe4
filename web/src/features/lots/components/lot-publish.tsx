import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { problemMessage } from '../../../i18n/problem-message';
import { usePublishLot } from '../api/lots-api';

/** An analyst publishes a draft lot after confirming: buyers are notified, so it is not undone lightly. */
export function LotPublish({ lotId }: { lotId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const publish = usePublishLot(lotId);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('lots.publish.button')}</Button>
      <ConfirmDialog
        open={open}
        title={t('lots.publish.title')}
        confirmLabel={t('lots.publish.confirm')}
        cancelLabel={t('lots.publish.cancel')}
        busy={publish.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => publish.mutate(undefined, { onSuccess: () => setOpen(false) })}
        error={publish.isError ? <Alert tone="error">{problemMessage(t, publish.error)}</Alert> : null}
      >
        <p>{t('lots.publish.body')}</p>
      </ConfirmDialog>
    </>
  );
}
