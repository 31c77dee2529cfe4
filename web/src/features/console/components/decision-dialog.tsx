import type { VerificationDecision } from '@zamena/shared/organizations/organization-profile.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useVerificationDecision } from '../api/console-api';

type DecisionDialogProps = {
  organization: { id: string; name: string };
  decision: VerificationDecision;
  onClose: () => void;
};

/** Confirms a decision; a refusal or revocation asks for the reason the owner will read. */
export function DecisionDialog({ organization, decision, onClose }: DecisionDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const mutation = useVerificationDecision(organization.id);
  const needsReason = decision !== 'verify';
  const reasonMissing = needsReason && reason.trim().length < 3;

  const confirm = () => {
    setTried(true);
    if (reasonMissing) return;
    mutation.mutate({ decision, reason: reason.trim() }, { onSuccess: onClose });
  };

  return (
    <ConfirmDialog
      open
      title={t(`console.decide.${decision}Title`, { name: organization.name })}
      confirmLabel={t(`console.decide.${decision}`)}
      cancelLabel={t('console.decide.cancel')}
      onConfirm={confirm}
      onCancel={onClose}
      busy={mutation.isPending}
      error={mutation.isError ? <Alert tone="error">{problemMessage(t, mutation.error)}</Alert> : null}
    >
      <p>{t(`console.decide.${decision}Body`)}</p>
      <TextareaField
        id="decision-reason"
        label={needsReason ? t('console.decide.reason') : t('console.decide.note')}
        hint={t('console.decide.reasonHint')}
        value={reason}
        rows={3}
        maxLength={1000}
        onChange={(event) => setReason(event.target.value)}
        error={tried && reasonMissing ? t('console.decide.reasonRequired') : undefined}
      />
    </ConfirmDialog>
  );
}
