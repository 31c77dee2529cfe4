import type { OrderDetail } from '@zamena/shared/orders/orders.schemas';
import { useTranslation } from 'react-i18next';
import { describeTerms } from '../../../components/bid-terms/describe-terms';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';

/**
 * The terms the order carries from the accepted bid or the awarded lot bid: lead time, the delivered
 * price with VAT, VAT, delivery and payment, and the delivery schedule (rows of the order's terms list).
 */
export function OrderAgreedTerms({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { terms } = order;
  return (
    <>
      {order.leadTimeDays !== null ? (
        <div>
          <dt>{t('orders.detail.leadTime')}</dt>
          <dd>{order.leadTimeDays}</dd>
        </div>
      ) : null}
      {order.deliveredUnitPriceWithVat ? (
        <div>
          <dt>{t('orders.detail.delivered')}</dt>
          <dd>{formatMoney(order.deliveredUnitPriceWithVat, language)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('orders.detail.conditions')}</dt>
        <dd>
          {terms ? (
            <ul className="order-terms-list">
              {describeTerms(t, language, terms).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('orders.detail.noTerms')}</span>
          )}
        </dd>
      </div>
      {terms?.schedule ? (
        <div>
          <dt>{t('orders.detail.schedule')}</dt>
          <dd>
            <ul className="order-terms-list">
              {terms.schedule.map((line) => (
                <li key={line.date + line.quantity}>
                  {t('bids.terms.scheduleLine', {
                    date: formatDate(line.date, language),
                    quantity: formatQuantity(line.quantity, order.need.unit, language),
                  })}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </>
  );
}
