import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../components/ui/format';
import {
  useAnalyticsSummary,
  useBottlenecks,
  useDashboardOrders,
  useReviewQueueSize,
} from '../api/dashboard-api';
import { DashboardCard } from './dashboard-card';
import { countLabel } from './enterprise-dashboard';

/** The association sees the whole country: what waits for review, how well needs are matched, new orders. */
export function AssociationDashboard() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const queue = useReviewQueueSize();
  const summary = useAnalyticsSummary();
  const bottlenecks = useBottlenecks();
  const orders = useDashboardOrders({});
  const rate = summary.data?.matching.matchRate;

  return (
    <>
      <DashboardCard
        title={t('dashboard.reviewQueue')}
        loading={queue.isPending}
        failed={queue.isError}
        figure={queue.data ? countLabel(queue.data.items.length, queue.data.nextCursor) : undefined}
        link={{ to: '/review', label: t('dashboard.openReview') }}
        empty={queue.data?.items.length === 0 ? <p>{t('dashboard.queueEmpty')}</p> : undefined}
      />
      <DashboardCard
        title={t('dashboard.matchRate')}
        loading={summary.isPending}
        failed={summary.isError}
        figure={
          summary.data
            ? rate == null
              ? '—'
              : new Intl.NumberFormat(language, { style: 'percent' }).format(rate)
            : undefined
        }
      >
        {summary.data ? (
          <p className="muted">
            {t('dashboard.matchRateDetail', {
              matched: summary.data.matching.openNeedsMatched,
              open: summary.data.matching.openNeeds,
            })}
          </p>
        ) : null}
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.bottlenecks')}
        loading={bottlenecks.isPending}
        failed={bottlenecks.isError}
        figure={bottlenecks.data?.totalNeeds}
        empty={bottlenecks.data?.groups.length === 0 ? <p>{t('dashboard.noBottlenecks')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {bottlenecks.data?.groups.map((group) => (
            <li key={`${group.okpd2Class}-${group.regionCode}`}>
              <span>
                {group.okpd2Class} {group.okpd2ClassName ?? ''}
              </span>
              <span className="muted">
                {t('dashboard.bottleneckGroup', { count: group.count, days: group.maxDaysOpen })}
              </span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.newestOrders')}
        loading={orders.isPending}
        failed={orders.isError}
        link={{ to: '/orders', label: t('dashboard.allOrders') }}
        empty={orders.data?.items.length === 0 ? <p>{t('dashboard.noOrdersYet')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {orders.data?.items.map((order) => (
            <li key={order.id}>
              <Link to={`/orders/${order.id}`}>{order.need.title}</Link>
              <span className="muted">
                {order.buyer.name} ← {order.supplier.name} · {formatMoney(order.total, language)}
              </span>
            </li>
          ))}
        </ul>
      </DashboardCard>
    </>
  );
}
