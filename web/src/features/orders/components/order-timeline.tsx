import type { OrderDetail } from '@zamena/shared/orders/orders.schemas';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/ui/format';

/** Every status change, oldest first: who moved the order, when, and what they noted. */
export function OrderTimeline({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';

  const actor = (organizationId: string | null) => {
    if (organizationId === order.supplierOrganizationId)
      return t('orders.timeline.bySupplier', { name: order.supplier.name });
    if (organizationId === order.buyerOrganizationId)
      return t('orders.timeline.byBuyer', { name: order.buyer.name });
    if (organizationId === order.postedByOrganizationId) return t('orders.timeline.byCentre');
    return t('orders.timeline.bySystem');
  };

  return (
    <section className="card" aria-labelledby="order-timeline-heading">
      <h2 id="order-timeline-heading">{t('orders.timeline.heading')}</h2>
      <ol className="timeline">
        {order.events.map((event, index) => {
          const last = index === order.events.length - 1;
          return (
            <li
              key={event.id}
              className={last ? 'timeline-item timeline-current' : 'timeline-item'}
              aria-current={last ? 'step' : undefined}
            >
              <span className={`timeline-dot timeline-dot-${event.toStatus}`} aria-hidden="true" />
              <div className="timeline-body">
                <p className="timeline-title">{t(`orders.status.${event.toStatus}`)}</p>
                <p className="timeline-meta">
                  <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, language)}</time> ·{' '}
                  {actor(event.actorOrganizationId)}
                </p>
                {event.note ? <p className="timeline-note">{event.note}</p> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
