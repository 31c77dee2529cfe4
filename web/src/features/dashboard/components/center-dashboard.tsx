import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/ui/format';
import { useDashboardNeeds, useNeedActivity, useRegionEnterprises } from '../api/dashboard-api';
import { DashboardCard } from './dashboard-card';
import { countLabel } from './enterprise-dashboard';

/** A regional centre looks after its region: its needs, its enterprises, and what no one answered yet. */
export function CenterDashboard({ organization }: { organization: Organization }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const region = organization.regionCode;
  const needs = useDashboardNeeds({ region, status: 'open' });
  const enterprises = useRegionEnterprises(region);
  const activity = useNeedActivity(needs.data?.items);
  const unanswered = activity.filter((row) => row.matches === 0 && row.bids === 0);

  return (
    <>
      <DashboardCard
        title={t('dashboard.regionNeeds')}
        loading={needs.isPending}
        failed={needs.isError}
        figure={needs.data ? countLabel(needs.data.items.length, needs.data.nextCursor) : undefined}
        link={{ to: `/needs?region=${region}`, label: t('dashboard.allRegionNeeds') }}
        empty={needs.data?.items.length === 0 ? <p>{t('dashboard.noRegionNeeds')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {needs.data?.items.slice(0, 5).map((need) => (
            <li key={need.id}>
              <Link to={`/needs/${need.id}`}>{need.title}</Link>
              <span className="muted">
                {need.buyer.name} · {formatDate(need.neededBy, language)}
              </span>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.unansweredNeeds')}
        loading={needs.isPending}
        failed={needs.isError}
        figure={unanswered.length}
        empty={unanswered.length === 0 ? <p>{t('dashboard.noUnanswered')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {unanswered.map(({ need }) => (
            <li key={need.id}>
              <Link to={`/needs/${need.id}`}>{need.title}</Link>
            </li>
          ))}
        </ul>
      </DashboardCard>
      <DashboardCard
        title={t('dashboard.regionEnterprises')}
        loading={enterprises.isPending}
        failed={enterprises.isError}
        figure={enterprises.data?.items.length}
        link={{ to: '/needs/new', label: t('dashboard.postForEnterprise') }}
        empty={enterprises.data?.items.length === 0 ? <p>{t('dashboard.noRegionEnterprises')}</p> : undefined}
      >
        <ul className="dashboard-list">
          {enterprises.data?.items.slice(0, 5).map((enterprise) => (
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
