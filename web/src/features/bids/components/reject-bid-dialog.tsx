import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';
import { rejectBidSchema } from '@zamena/shared/bids/bids.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useRejectBid } from '../api/bids-api';
import { bidProblemMessage } from '../utils/bid-problem';

type RejectBidDialogProps = { bid: ComparedBid; open: boolean; onClose: () => void; onRejected: () => void };

/** A rejection says why: the bidder reads the reason in its notification and its bid list. */
export function RejectBidDialog({ bid, open, onClose, onRejected }: RejectBidDialogProps) {
  const { t } = useTranslation();
  const reject = useRejectBid();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const parsed = rejectBidSchema.safeParse({ reason });

  const confirm = () => {
    setTried(true);
    if (!parsed.success) {
      document.getElementById('reject-reason')?.focus();
      return;
    }
    reject.mutate({ bid, input: parsed.data }, { onSuccess: onRejected });
  };

  return (
    <ConfirmDialog
      open={open}
      title={t('bids.reject.title', { bidder: bid.bidder.name })}
      confirmLabel={reject.isPending ? t('bids.reject.rejecting') : t('bids.reject.confirm')}
      cancelLabel={t('bids.reject.cancel')}
      busy={reject.isPending}
      onConfirm={confirm}
      onCancel={onClose}
      error={reject.isError ? <Alert tone="error">{bidProblemMessage(t, reject.error)}</Alert> : null}
    >
      <TextareaField
        id="reject-reason"
        label={t('bids.reject.reason')}
        hint={t('bids.reject.reasonHint')}
        rows={3}
        maxLength={1000}
        required
        value={reason}
        error={tried && !parsed.success ? t('bids.reject.reasonRequired') : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
    </ConfirmDialog>
  );
}
