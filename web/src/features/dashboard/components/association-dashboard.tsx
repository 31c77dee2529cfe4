import type { AssociationDashboard as AssociationData } from '@zamena/shared/dashboard/dashboard.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../components/ui/format';
import { DashboardCard } from './dashboard-card';

type Props = { data: AssociationData | undefined; loading: boolean; failed: boolean };

/** The association sees the whole country: what waits for review, how well needs are matched, new orders. */
export function AssociationDashboard({ data, loading, failed }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const state = { loading, failed };
  const rate = data?.matching.matchRate;

  return (
    <>
      <DashboardCard
        title={t('dashboard.reviewQueue')}
        {...state}
        figure={data ? `${data.reviewQueue.count}${data.reviewQueue.more ? '+' : ''}` : undefined}
        link={{ to: '/review', label: t('dashboard.openReview') }}
        empty={data?.reviewQueue.count === 0 ? <p>{t('dashboard.queueEmpty')}</p> : undefined}
      />
      <DashboardCard
        title={t('dashboard.matchRate')}
        {...state}
        figure={
          data
            ? rate == null
              ? '—'
              : new Intl.NumberFormat(language, { style: 'percent' }).format(rate)
            : undefined
        }
      >
        {data ? (
          <p className="muted">
            {t('dashboard.matchRateDetail', {
              matched: data.matching.openNeedsMatched,
              open: data.matching.openNeeds,
            })}
          </p>
        ) : null}
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.bottlenecks')}
        {...state}
        figure={data?.bottlenecks.totalNeeds}
        empty={data?.bottlenecks.groups.length === 0 ? <p>{t('dashboard.noBottlenecks')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {data?.bottlenecks.groups.map((group) => (
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
        {...state}
        link={{ to: '/orders', label: t('dashboard.allOrders') }}
        empty={data?.newestOrders.items.length === 0 ? <p>{t('dashboard.noOrdersYet')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {data?.newestOrders.items.map((order) => (
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
