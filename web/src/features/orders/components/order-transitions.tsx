import {
  NOTE_REQUIRED,
  orderTransitionSchema,
  type OrderDetail,
  type OrderStatus,
} from '@zamena/shared/orders/orders.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useOrderTransition } from '../api/orders-api';
import { orderProblemMessage } from '../utils/order-problem';

/** The moves the server says this user may make now; cancelling and disputing ask for a reason first. */
export function OrderTransitions({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const transition = useOrderTransition(order.id);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<OrderStatus | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const forward = order.availableTransitions.filter((to) => !NOTE_REQUIRED.includes(to));
  const exits = order.availableTransitions.filter((to) => NOTE_REQUIRED.includes(to));

  if (order.availableTransitions.length === 0) return null;

  const move = (to: OrderStatus, text: string, onDone: () => void) => {
    const parsed = orderTransitionSchema.safeParse({ to, note: text });
    if (!parsed.success) return;
    transition.mutate(parsed.data, { onSuccess: onDone });
  };

  const reasonValid = orderTransitionSchema.safeParse({
    to: confirming ?? 'cancelled',
    note: reason,
  }).success;
  const error = transition.isError ? (
    <Alert tone="error">{orderProblemMessage(t, transition.error)}</Alert>
  ) : null;

  return (
    <section className="card order-actions" aria-labelledby="order-actions-heading">
      <h2 id="order-actions-heading">{t('orders.actions.heading')}</h2>
      {confirming === null ? error : null}
      {forward.length === 0 ? <p className="muted">{t('orders.actions.waiting')}</p> : null}
      {forward.length > 0 ? (
        <TextareaField
          id="order-note"
          label={t('orders.actions.note')}
          hint={t('orders.actions.noteHint')}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      ) : null}
      <div className="order-action-buttons">
        {forward.map((to) => (
          <Button
            key={to}
            busy={transition.isPending && transition.variables.to === to}
            onClick={() => move(to, note, () => setNote(''))}
          >
            {t(`orders.actions.to.${to}`)}
          </Button>
        ))}
        {exits.map((to) => (
          <Button
            key={to}
            variant="secondary"
            onClick={() => {
              transition.reset();
              setReason('');
              setTried(false);
              setConfirming(to);
            }}
          >
            {t(`orders.actions.to.${to}`)}
          </Button>
        ))}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={
          confirming
            ? t(`orders.actions.confirmTitle.${confirming === 'cancelled' ? 'cancelled' : 'disputed'}`)
            : ''
        }
        confirmLabel={confirming ? t(`orders.actions.to.${confirming}`) : ''}
        cancelLabel={t('orders.actions.keep')}
        busy={transition.isPending}
        onConfirm={() => {
          setTried(true);
          if (confirming && reasonValid) move(confirming, reason, () => setConfirming(null));
          else document.getElementById('order-reason')?.focus();
        }}
        onCancel={() => setConfirming(null)}
        error={confirming ? error : null}
      >
        <p>{confirming === 'disputed' ? t('orders.actions.disputeBody') : t('orders.actions.cancelBody')}</p>
        <TextareaField
          id="order-reason"
          label={t('orders.actions.reason')}
          rows={3}
          maxLength={2000}
          required
          value={reason}
          error={tried && !reasonValid ? t('orders.actions.reasonRequired') : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}
