import type { EnterpriseDashboard as EnterpriseData } from '@zamena/shared/dashboard/dashboard.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../components/ui/format';
import { countLabel } from './count-label';
import { DashboardCard } from './dashboard-card';

type Props = { data: EnterpriseData | undefined; loading: boolean; failed: boolean };

/** An enterprise buys (needs, bids to decide on, orders) and may sell (its live bids). */
export function EnterpriseDashboard({ data, loading, failed }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const state = { loading, failed };

  return (
    <>
      <DashboardCard
        title={t('dashboard.myOpenNeeds')}
        {...state}
        figure={data?.openNeeds.total}
        link={{ to: '/needs/new', label: t('dashboard.postNeed') }}
        empty={data?.openNeeds.total === 0 ? <p>{t('dashboard.noOpenNeeds')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {data?.openNeeds.items.map((need) => (
            <li key={need.id}>
              <Link to={`/needs/${need.id}`}>{need.title}</Link>
              <span className="muted">
                {t('dashboard.matchesAndBids', { matches: need.matches ?? '—', bids: need.bids ?? '—' })}
              </span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.bidsAwaiting')}
        {...state}
        figure={data?.awaitingDecision.total}
        empty={data?.awaitingDecision.total === 0 ? <p>{t('dashboard.noBidsAwaiting')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {data?.awaitingDecision.items.map((need) => (
            <li key={need.id}>
              <Link to={`/needs/${need.id}#bids`}>{need.title}</Link>
              <span className="muted">{t('dashboard.bidCount', { count: need.bids ?? 0 })}</span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.ordersInProgress')}
        {...state}
        figure={
          data ? countLabel(data.ordersInProgress.items.length, data.ordersInProgress.nextCursor) : undefined
        }
        link={{ to: '/orders', label: t('dashboard.allOrders') }}
        empty={data?.ordersInProgress.items.length === 0 ? <p>{t('dashboard.noOrders')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {data?.ordersInProgress.items.map((order) => (
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
        {...state}
        figure={data ? countLabel(data.liveBids.items.length, data.liveBids.nextCursor) : undefined}
        link={{ to: '/capabilities/new', label: t('dashboard.describeCapability') }}
        empty={data?.liveBids.items.length === 0 ? <p>{t('dashboard.noLiveBids')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {data?.liveBids.items.map((bid) => (
            <li key={bid.id}>
              <Link to={`/needs/${bid.need.id}`}>{bid.need.title}</Link>
            </li>
          ))}
        </ul>
      </DashboardCard>
    </>
  );
}
