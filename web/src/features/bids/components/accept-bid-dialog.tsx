import { ACCEPT_REASON_MAX, type ComparedBid } from '@zamena/shared/bids/bids.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import type { Order } from '@zamena/shared/orders/orders.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { formatMoney, formatQuantity } from '../../../components/ui/format';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useAcceptBid } from '../api/bids-api';
import { bidProblemMessage } from '../utils/bid-problem';

type AcceptBidDialogProps = {
  need: Need;
  bid: ComparedBid;
  open: boolean;
  /** One key per acceptance, made when the dialog opened: pressing "Accept" again after a failure retries it. */
  idempotencyKey: string;
  onClose: () => void;
  onAccepted: (order: Order) => void;
};

/**
 * Accepting creates the order: the buyer sees exactly what it commits to before confirming, and may
 * say why this bid won (kept in the selection protocol with the comparison as it is now).
 */
export function AcceptBidDialog({
  need,
  bid,
  open,
  idempotencyKey,
  onClose,
  onAccepted,
}: AcceptBidDialogProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const accept = useAcceptBid();
  const [reason, setReason] = useState('');

  return (
    <ConfirmDialog
      open={open}
      title={t('bids.accept.title', { bidder: bid.bidder.name })}
      confirmLabel={accept.isPending ? t('bids.accept.accepting') : t('bids.accept.confirm')}
      cancelLabel={t('bids.accept.cancel')}
      busy={accept.isPending}
      onConfirm={() => accept.mutate({ bid, key: idempotencyKey, reason }, { onSuccess: onAccepted })}
      onCancel={onClose}
      error={accept.isError ? <Alert tone="error">{bidProblemMessage(t, accept.error)}</Alert> : null}
    >
      <dl className="details dialog-details">
        <div>
          <dt>{t('bids.compare.unitPrice')}</dt>
          <dd>{formatMoney(bid.unitPrice, language)}</dd>
        </div>
        <div>
          <dt>{t('bids.form.quantityShort')}</dt>
          <dd>{formatQuantity(bid.quantity, need.unit, language)}</dd>
        </div>
        <div>
          <dt>{t('bids.compare.total')}</dt>
          <dd>{formatMoney(bid.total, language)}</dd>
        </div>
        <div>
          <dt>{t('bids.compare.leadTime')}</dt>
          <dd>{t('bids.compare.days', { days: bid.leadTimeDays })}</dd>
        </div>
        {bid.deliveredUnitPriceWithVat ? (
          <div>
            <dt>{t('bids.accept.delivered')}</dt>
            <dd>{formatMoney(bid.deliveredUnitPriceWithVat, language)}</dd>
          </div>
        ) : null}
      </dl>
      <p>{need.allowSplitAward ? t('bids.accept.bodySplit') : t('bids.accept.body')}</p>
      <TextareaField
        id="accept-reason"
        label={t('bids.accept.reason')}
        hint={t('bids.accept.reasonHint')}
        rows={3}
        maxLength={ACCEPT_REASON_MAX}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </ConfirmDialog>
  );
}
