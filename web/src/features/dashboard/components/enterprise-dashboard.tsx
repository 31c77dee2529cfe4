import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../components/ui/format';
import {
  ORDERS_IN_PROGRESS,
  useDashboardNeeds,
  useDashboardOrders,
  useMyLiveBids,
  useNeedActivity,
} from '../api/dashboard-api';
import { DashboardCard } from './dashboard-card';

/** An enterprise buys (needs, bids to decide on, orders) and may sell (its live bids). */
export function EnterpriseDashboard({ organization }: { organization: Organization }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  // Started together: none of these waits for another.
  const needs = useDashboardNeeds({ buyer: organization.id, status: 'open' });
  const orders = useDashboardOrders({ status: ORDERS_IN_PROGRESS });
  const myBids = useMyLiveBids();
  const activity = useNeedActivity(needs.data?.items);
  const awaiting = activity.filter((row) => (row.bids ?? 0) > 0);

  return (
    <>
      <DashboardCard
        title={t('dashboard.myOpenNeeds')}
        loading={needs.isPending}
        failed={needs.isError}
        figure={needs.data ? countLabel(needs.data.items.length, needs.data.nextCursor) : undefined}
        link={{ to: '/needs/new', label: t('dashboard.postNeed') }}
        empty={needs.data?.items.length === 0 ? <p>{t('dashboard.noOpenNeeds')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {activity.map(({ need, matches, bids }) => (
            <li key={need.id}>
              <Link to={`/needs/${need.id}`}>{need.title}</Link>
              <span className="muted">
                {t('dashboard.matchesAndBids', { matches: matches ?? '…', bids: bids ?? '…' })}
              </span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.bidsAwaiting')}
        loading={needs.isPending}
        failed={needs.isError}
        figure={awaiting.length}
        empty={awaiting.length === 0 ? <p>{t('dashboard.noBidsAwaiting')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {awaiting.map(({ need, bids }) => (
            <li key={need.id}>
              <Link to={`/needs/${need.id}#bids`}>{need.title}</Link>
              <span className="muted">{t('dashboard.bidCount', { count: bids ?? 0 })}</span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.ordersInProgress')}
        loading={orders.isPending}
        failed={orders.isError}
        figure={orders.data ? countLabel(orders.data.items.length, orders.data.nextCursor) : undefined}
        link={{ to: '/orders', label: t('dashboard.allOrders') }}
        empty={orders.data?.items.length === 0 ? <p>{t('dashboard.noOrders')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {orders.data?.items.map((order) => (
            <li key={order.id}>
              <Link to={`/orders/${order.id}`}>{order.need.title}</Link>
              <span className="muted">
                {formatMoney(order.total, language)} · {formatDate(order.need.neededBy, language)}
              </span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.myLiveBids')}
        loading={myBids.isPending}
        failed={myBids.isError}
        figure={myBids.data ? countLabel(myBids.data.items.length, myBids.data.nextCursor) : undefined}
        link={{ to: '/capabilities/new', label: t('dashboard.describeCapability') }}
        empty={myBids.data?.items.length === 0 ? <p>{t('dashboard.noLiveBids')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {myBids.data?.items.map((bid) => (
            <li key={bid.id}>
              <Link to={`/needs/${bid.need.id}`}>{bid.need.title}</Link>
            </li>
          ))}
        </ul>
      </DashboardCard>
    </>
  );
}

/** "5+" when there is a next page: the card shows the first page only. */
export function countLabel(count: number, nextCursor: string | null): string {
  return nextCursor ? `${count}+` : String(count);
}
