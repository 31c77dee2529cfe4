import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useSetCapabilityActive } from '../api/capabilities-api';

type CapabilityActionsProps = { capability: Capability; onReload: () => void };

/** Edit; deactivate after a confirmation (it leaves matching); reactivate at once. */
export function CapabilityActions({ capability, onReload }: CapabilityActionsProps) {
  const { t } = useTranslation();
  const setActive = useSetCapabilityActive();
  const [confirming, setConfirming] = useState(false);

  const change = (active: boolean) =>
    setActive.mutate({ capability, active }, { onSuccess: () => setConfirming(false) });

  const error = setActive.isError ? setActive.error : null;
  const errorAlert = error ? (
    <Alert
      tone="error"
      action={
        isApiError(error, 'version_mismatch') ? (
          <Button
            variant="secondary"
            onClick={() => {
              setActive.reset();
              setConfirming(false);
              onReload();
            }}
          >
            {t('capabilities.actions.reload')}
          </Button>
        ) : undefined
      }
    >
      {problemMessage(t, error)}
    </Alert>
  ) : null;

  return (
    <>
      <div className="action-bar" role="group" aria-label={t('capabilities.actions.label')}>
        <Link className="button button-secondary" to={`/capabilities/${capability.id}/edit`}>
          {t('capabilities.actions.edit')}
        </Link>
        {capability.active ? (
          <Button
            variant="ghost"
            onClick={() => {
              setActive.reset();
              setConfirming(true);
            }}
          >
            {t('capabilities.actions.deactivate')}
          </Button>
        ) : (
          <Button busy={setActive.isPending} onClick={() => change(true)}>
            {t('capabilities.actions.activate')}
          </Button>
        )}
      </div>
      {confirming ? null : errorAlert}
      <ConfirmDialog
        open={confirming}
        title={t('capabilities.actions.deactivateTitle')}
        confirmLabel={t('capabilities.actions.deactivateConfirm')}
        cancelLabel={t('capabilities.actions.keep')}
        busy={setActive.isPending}
        onConfirm={() => change(false)}
        onCancel={() => setConfirming(false)}
        error={errorAlert}
      >
        <p>{t('capabilities.actions.deactivateBody')}</p>
      </ConfirmDialog>
    </>
  );
}
