import { missingToPublish, type FieldToPublish, type Need } from '@zamena/shared/needs/needs.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useNeedTransition, type NeedTransitionKind } from '../api/needs-api';
import { CANCELLABLE_STATUSES, CLOSABLE_STATUSES, EDITABLE_STATUSES } from '../utils/need-permissions';

type NeedActionsProps = { need: Need; onReload: () => void };

const FIELD_LABELS = {
  okpd2: 'needs.fields.okpd2',
  quantity: 'needs.fields.quantity',
  unit: 'needs.fields.unit',
  neededBy: 'needs.fields.neededBy',
  deliveryRegionCode: 'needs.fields.deliveryRegion',
} as const satisfies Record<FieldToPublish, string>;

/** Publish at once; cancel and close ask first (they end the need for every supplier). */
export function NeedActions({ need, onReload }: NeedActionsProps) {
  const { t } = useTranslation();
  const transition = useNeedTransition();
  const [confirming, setConfirming] = useState<'cancel' | 'close' | null>(null);
  const [reason, setReason] = useState('');
  // A draft saved with a title only says what it lacks instead of offering a publish that would fail.
  const missing = need.status === 'draft' ? missingToPublish(need) : [];

  const run = (kind: NeedTransitionKind) => {
    transition.mutate(
      { need, kind, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          setConfirming(null);
          setReason('');
        },
      },
    );
  };

  const error = transition.isError ? transition.error : null;
  const stale = isApiError(error, 'version_mismatch') || isApiError(error, 'invalid_transition');
  const errorAlert = error ? (
    <Alert
      tone="error"
      action={
        stale ? (
          <Button
            variant="secondary"
            onClick={() => {
              transition.reset();
              setConfirming(null);
              onReload();
            }}
          >
            {t('needs.actions.reload')}
          </Button>
        ) : isApiError(error, 'needed_by_passed') ? (
          <Link className="button button-secondary" to={`/needs/${need.id}/edit`}>
            {t('needs.actions.edit')}
          </Link>
        ) : undefined
      }
    >
      {problemMessage(t, error)}
    </Alert>
  ) : null;

  const open = (kind: 'cancel' | 'close') => {
    transition.reset();
    setReason('');
    setConfirming(kind);
  };

  return (
    <>
      <div className="action-bar" role="group" aria-label={t('needs.actions.label')}>
        {EDITABLE_STATUSES.includes(need.status) ? (
          <Link className="button button-secondary" to={`/needs/${need.id}/edit`}>
            {t('needs.actions.edit')}
          </Link>
        ) : null}
        {need.status === 'draft' && missing.length === 0 ? (
          <Button
            busy={transition.isPending && transition.variables.kind === 'publish'}
            onClick={() => run('publish')}
          >
            {t('needs.actions.publish')}
          </Button>
        ) : null}
        {CLOSABLE_STATUSES.includes(need.status) ? (
          <Button variant="secondary" onClick={() => open('close')}>
            {t('needs.actions.close')}
          </Button>
        ) : null}
        {CANCELLABLE_STATUSES.includes(need.status) ? (
          <Button variant="ghost" onClick={() => open('cancel')}>
            {t('needs.actions.cancel')}
          </Button>
        ) : null}
      </div>
      {missing.length > 0 ? (
        <Alert tone="info">
          {t('needs.actions.missingToPublish', {
            fields: missing.map((field) => t(FIELD_LABELS[field])).join(', '),
          })}
        </Alert>
      ) : null}
      {confirming === null ? errorAlert : null}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'close' ? t('needs.actions.closeTitle') : t('needs.actions.cancelTitle')}
        confirmLabel={
          confirming === 'close' ? t('needs.actions.closeConfirm') : t('needs.actions.cancelConfirm')
        }
        cancelLabel={t('needs.actions.keep')}
        busy={transition.isPending}
        onConfirm={() => confirming && run(confirming)}
        onCancel={() => setConfirming(null)}
        error={errorAlert}
      >
        <p>{confirming === 'close' ? t('needs.actions.closeBody') : t('needs.actions.cancelBody')}</p>
        <TextareaField
          id="need-transition-reason"
          label={t('needs.actions.reason')}
          hint={t('needs.actions.reasonHint')}
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}
