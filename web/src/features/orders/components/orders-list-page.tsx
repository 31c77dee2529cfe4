import {
  ORDER_SIDES,
  ORDER_STATUSES,
  type OrderSide,
  type OrderStatus,
} from '@zamena/shared/orders/orders.schemas';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedList } from '../../../components/paged-list';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { useCurrentSession } from '../../../lib/auth';
import { useOrders } from '../api/orders-api';
import { orderProblemMessage } from '../utils/order-problem';
import { OrdersTable } from './orders-table';
import '../orders.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/** Orders the organization takes part in, as buyer or supplier; filters live in the address. */
export function OrdersListPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const side = pick<OrderSide>(params.get('side'), ORDER_SIDES);
  const status = pick<OrderStatus>(params.get('status'), ORDER_STATUSES);
  const needParam = params.get('need');
  const needId = needParam && UUID.test(needParam) ? needParam : undefined;
  const list = useOrders({ side, status, needId });
  const filtered = Boolean(side || status || needId);

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <div className="page">
      <title>{`${t('orders.title')} — ${t('app.name')}`}</title>
      <PageHeader title={t('orders.title')} lead={t('orders.lead')} />
      <div className="filters">
        <div className="filters-grid">
          <SelectField
            id="orders-side"
            label={t('orders.filters.side')}
            value={side ?? ''}
            onChange={(event) => update('side', event.target.value)}
          >
            <option value="">{t('orders.filters.anySide')}</option>
            {ORDER_SIDES.map((value) => (
              <option key={value} value={value}>
                {t(`orders.sides.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="orders-status"
            label={t('orders.filters.status')}
            value={status ?? ''}
            onChange={(event) => update('status', event.target.value)}
          >
            <option value="">{t('orders.filters.anyStatus')}</option>
            {ORDER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`orders.status.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {needId ? (
          <div className="filters-footer">
            <p className="muted">{t('orders.filters.oneNeed')}</p>
            <Button variant="ghost" className="button-small" onClick={() => update('need', '')}>
              {t('orders.filters.allNeeds')}
            </Button>
          </div>
        ) : null}
      </div>
      <PagedList
        query={list}
        errorMessage={orderProblemMessage}
        empty={{
          heading: filtered ? t('orders.empty.filteredHeading') : t('orders.empty.heading'),
          body: filtered ? t('orders.empty.filteredBody') : t('orders.empty.body'),
          actions: filtered ? (
            <Button variant="secondary" onClick={() => setParams({})}>
              {t('orders.filters.reset')}
            </Button>
          ) : (
            <Link className="button button-secondary" to="/needs">
              {t('orders.empty.toNeeds')}
            </Link>
          ),
        }}
        shown={(n) => t('orders.shown', { n })}
        loadMoreLabel={t('orders.loadMore')}
        retryLabel={t('orders.retry')}
      >
        {(orders) => <OrdersTable orders={orders} organizationId={session.organization.id} />}
      </PagedList>
    </div>
  );
}
