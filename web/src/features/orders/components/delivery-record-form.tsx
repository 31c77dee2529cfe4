import { recordDeliverySchema } from '@zamena/shared/orders/order-deliveries.schemas';
import type { OrderDetail } from '@zamena/shared/orders/orders.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatQuantity } from '../../../components/ui/format';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import {
  fieldMessagesFromIssues,
  fieldMessagesFromProblem,
  formatFieldMessage,
  type FieldMessages,
} from '../../../i18n/field-messages';
import { isApiError } from '../../../lib/api-client';
import { localToday } from '../../../lib/local-today';
import { useRecordDelivery } from '../api/orders-api';
import { orderProblemMessage } from '../utils/order-problem';

/** The supplier records a shipment: at most what remains to ship, checked here and by the server. */
export function DeliveryRecordForm({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const record = useRecordDelivery(order.id);
  const [values, setValues] = useState({
    quantity: order.fulfilment.toShip,
    shippedAt: localToday(),
    note: '',
  });
  const [local, setLocal] = useState<FieldMessages>({});
  const server = isApiError(record.error) ? fieldMessagesFromProblem(record.error) : {};
  const overshipped = isApiError(record.error, 'delivery_exceeds_order');
  const messages = { ...server, ...local };
  const quantityError = overshipped
    ? t('problems.delivery_exceeds_order')
    : formatFieldMessage(t, messages.quantity);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = recordDeliverySchema.safeParse(values);
    setLocal(parsed.success ? {} : fieldMessagesFromIssues(parsed.error.issues, values));
    if (!parsed.success) return;
    record.mutate(parsed.data, {
      onSuccess: (next) => setValues({ quantity: next.fulfilment.toShip, shippedAt: localToday(), note: '' }),
    });
  };

  return (
    <form className="delivery-form" onSubmit={submit} noValidate aria-labelledby="delivery-record-heading">
      <h3 id="delivery-record-heading">{t('orders.deliveries.recordHeading')}</h3>
      <div className="delivery-form-row">
        <TextField
          id="delivery-quantity"
          label={t('orders.deliveries.quantity')}
          hint={t('orders.deliveries.toShipHint', {
            quantity: formatQuantity(order.fulfilment.toShip, order.need.unit, language),
          })}
          inputMode="decimal"
          value={values.quantity}
          error={quantityError}
          onChange={(event) => setValues({ ...values, quantity: event.target.value })}
        />
        <TextField
          id="delivery-shipped-at"
          type="date"
          label={t('orders.deliveries.shippedAt')}
          value={values.shippedAt}
          error={formatFieldMessage(t, messages.shippedAt)}
          onChange={(event) => setValues({ ...values, shippedAt: event.target.value })}
        />
      </div>
      <TextareaField
        id="delivery-note"
        label={t('orders.deliveries.note')}
        hint={t('orders.deliveries.noteHint')}
        rows={2}
        maxLength={2000}
        value={values.note}
        onChange={(event) => setValues({ ...values, note: event.target.value })}
      />
      {record.isError && !quantityError && !messages.shippedAt ? (
        <Alert tone="error">{orderProblemMessage(t, record.error)}</Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={record.isPending}>
          {t('orders.deliveries.record')}
        </Button>
      </div>
    </form>
  );
}
