import type { LotAwardResult } from '@zamena/shared/lots/lots.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { formatMoney, formatQuantity } from '../../../components/ui/format';

/** Right after the award: the orders it made, each linked to its page. */
export function LotCreatedOrders({ result, unit }: { result: LotAwardResult; unit: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (
    <section className="lot-section" aria-labelledby="lot-created-heading" data-section="lot-created-orders">
      <h2 id="lot-created-heading">{t('lots.award.createdHeading')}</h2>
      <Alert tone="info">{t('lots.award.created', { n: result.orders.length })}</Alert>
      <ul className="lot-order-list">
        {result.orders.map((order) => (
          <li key={order.id}>
            <Link to={`/orders/${order.id}`}>
              {t('lots.award.orderLink', {
                buyer: order.buyer.name,
                quantity: formatQuantity(order.quantity, unit, language),
                total: formatMoney(order.total, language),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
