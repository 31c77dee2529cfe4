import { compareDecimals } from '@zamena/shared/domain/decimal';
import { acceptDeliverySchema, type OrderDelivery } from '@zamena/shared/orders/order-deliveries.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import {
  fieldMessagesFromIssues,
  formatFieldMessage,
  type FieldMessages,
} from '../../../i18n/field-messages';
import { useAcceptDelivery } from '../api/orders-api';
import { orderProblemMessage } from '../utils/order-problem';

/** The buyer side accepts what arrived in order: the shipped quantity unless some was short or faulty. */
export function DeliveryAcceptForm({ orderId, delivery }: { orderId: string; delivery: OrderDelivery }) {
  const { t } = useTranslation();
  const accept = useAcceptDelivery(orderId);
  const [acceptedQuantity, setAccepted] = useState(delivery.quantity);
  const [local, setLocal] = useState<FieldMessages>({});
  const id = `delivery-accept-${delivery.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = acceptDeliverySchema.safeParse({ acceptedQuantity });
    if (!parsed.success) {
      setLocal(fieldMessagesFromIssues(parsed.error.issues, { acceptedQuantity }));
      return;
    }
    if (compareDecimals(parsed.data.acceptedQuantity, delivery.quantity) > 0) {
      setLocal({ acceptedQuantity: { text: t('orders.deliveries.moreThanShipped') } });
      return;
    }
    setLocal({});
    accept.mutate({ deliveryId: delivery.id, ...parsed.data });
  };

  return (
    <form className="delivery-accept" onSubmit={submit} noValidate>
      <TextField
        id={id}
        label={t('orders.deliveries.acceptedQuantity')}
        hint={t('orders.deliveries.acceptHint')}
        inputMode="decimal"
        value={acceptedQuantity}
        error={formatFieldMessage(t, local.acceptedQuantity)}
        onChange={(event) => setAccepted(event.target.value)}
      />
      {accept.isError ? <Alert tone="error">{orderProblemMessage(t, accept.error)}</Alert> : null}
      <Button type="submit" busy={accept.isPending}>
        {t('orders.deliveries.accept')}
      </Button>
    </form>
  );
}
