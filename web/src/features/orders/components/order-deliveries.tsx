import type { OrderDetail } from '@zamena/shared/orders/orders.schemas';
import { useTranslation } from 'react-i18next';
import { formatDate, formatQuantity } from '../../../components/ui/format';
import { DeliveryAcceptForm } from './delivery-accept-form';
import { DeliveryRecordForm } from './delivery-record-form';

/** Shipments against the order and what was accepted of them; the forms the caller's side may use. */
export function OrderDeliveries({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const quantity = (value: string) => formatQuantity(value, order.need.unit, language);
  const sums = [
    ['ordered', order.quantity],
    ['shipped', order.fulfilment.shipped],
    ['accepted', order.fulfilment.accepted],
    ['toAccept', order.fulfilment.toAccept],
  ] as const;

  return (
    <section className="card" aria-labelledby="order-deliveries-heading">
      <h2 id="order-deliveries-heading">{t('orders.deliveries.heading')}</h2>
      <dl className="delivery-sums">
        {sums.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`orders.deliveries.sums.${key}`)}</dt>
            <dd data-testid={`delivery-sum-${key}`}>{quantity(value)}</dd>
          </div>
        ))}
      </dl>
      {order.deliveries.length === 0 ? (
        <p className="muted">{t('orders.deliveries.none')}</p>
      ) : (
        <ol className="delivery-list">
          {order.deliveries.map((delivery, index) => (
            <li key={delivery.id} className="delivery-item">
              <p className="delivery-title">
                {t('orders.deliveries.item', {
                  n: index + 1,
                  quantity: quantity(delivery.quantity),
                  date: formatDate(delivery.shippedAt, language),
                })}
              </p>
              {delivery.note ? <p className="delivery-note">{delivery.note}</p> : null}
              {delivery.acceptedQuantity === null ? (
                order.can.acceptDeliveries ? (
                  <DeliveryAcceptForm orderId={order.id} delivery={delivery} />
                ) : (
                  <p className="muted">{t('orders.deliveries.awaiting')}</p>
                )
              ) : (
                <p className="delivery-accepted">
                  {t('orders.deliveries.acceptedLine', {
                    quantity: quantity(delivery.acceptedQuantity),
                    date: formatDate(delivery.acceptedAt, language),
                  })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {order.can.recordDelivery ? <DeliveryRecordForm order={order} /> : null}
    </section>
  );
}
