import type { CenterDashboard as CenterData } from '@zamena/shared/dashboard/dashboard.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/ui/format';
import { DashboardCard } from './dashboard-card';

type Props = { data: CenterData | undefined; loading: boolean; failed: boolean };

/** A regional centre looks after its region: its needs, its enterprises, and what no one answered yet. */
export function CenterDashboard({ data, loading, failed }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const state = { loading, failed };
  const unanswered = data?.unanswered;

  return (
    <>
      <DashboardCard
        title={t('dashboard.regionNeeds')}
        {...state}
        figure={data?.regionNeeds.total}
        link={
          data ? { to: `/needs?region=${data.regionCode}`, label: t('dashboard.allRegionNeeds') } : undefined
        }
        empty={data?.regionNeeds.total === 0 ? <p>{t('dashboard.noRegionNeeds')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {data?.regionNeeds.items.map((need) => (
            <li key={need.id}>
              <Link to={`/needs/${need.id}`}>{need.title}</Link>
              <span className="muted">
                {need.buyerName}
                {need.neededBy ? ` · ${formatDate(need.neededBy, language)}` : ''}
                {need.matches !== null ? ` · ${t('dashboard.matchCount', { count: need.matches })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.unansweredNeeds')}
        {...state}
        figure={unanswered?.total}
        empty={
          data && unanswered === null ? (
            <p className="muted">{t('dashboard.unansweredAfterVerification')}</p>
          ) : unanswered?.total === 0 ? (
            <p>{t('dashboard.noUnanswered')}</p>
          ) : undefined
        }
      >
        <ul className="dashboard-list">
          {unanswered?.items.map((need) => (
            <li key={need.id}>
              <Link to={`/needs/${need.id}`}>{need.title}</Link>
              <span className="muted">{need.buyerName}</span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.regionEnterprises')}
        {...state}
        figure={data?.enterprises.total}
        link={{ to: '/needs/new', label: t('dashboard.postForEnterprise') }}
        empty={data?.enterprises.total === 0 ? <p>{t('dashboard.noRegionEnterprises')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {data?.enterprises.items.map((enterprise) => (
            <li key={enterprise.id}>
              {enterprise.name}
              <span className="muted">
                {enterprise.verified ? t('dashboard.verified') : t('dashboard.notVerifiedShort')}
              </span>
            </li>
          ))}
        </ul>
      </DashboardCard>
    </>
  );
}
