import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { Dashboard } from '@zamena/shared/dashboard/dashboard.schemas';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { useToast } from '../../../components/ui/toast';
import { useCurrentSession } from '../../../lib/auth';
import { useDashboard } from '../api/dashboard-api';
import { AssociationDashboard } from './association-dashboard';
import { CenterDashboard } from './center-dashboard';
import { EnterpriseDashboard } from './enterprise-dashboard';
import { OrganizationSummary } from './organization-summary';
import './dashboard.css';

/** The variant the server will answer with (dashboard.service.ts), so the right cards wait for it. */
function expectedKind({ user, organization }: Session): Dashboard['kind'] {
  if (user.isAdmin || organization.kind === 'association') return 'association';
  return organization.kind;
}

export function DashboardPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const dashboard = useDashboard();
  const toast = useToast();
  const { user, organization } = session;
  const state = { loading: dashboard.isPending, failed: dashboard.isError };
  const kind = dashboard.data?.kind ?? expectedKind(session);

  async function refresh() {
    await dashboard.refetch();
    toast(t('dashboard.refreshed'));
  }

  return (
    <div className="page">
      <title>{`${t('dashboard.title')} — ${t('app.name')}`}</title>
      <PageHeader
        eyebrow={t('dashboard.title')}
        title={t('dashboard.greeting', { name: user.fullName })}
        actions={
          <Button variant="secondary" onClick={() => void refresh()}>
            {t('dashboard.refresh')}
          </Button>
        }
      />
      <div className="dashboard-cards">
        <OrganizationSummary organization={organization} role={user.role} />
        {kind === 'enterprise' ? (
          <EnterpriseDashboard
            data={dashboard.data?.kind === 'enterprise' ? dashboard.data : undefined}
            {...state}
          />
        ) : null}
        {kind === 'center' ? (
          <CenterDashboard data={dashboard.data?.kind === 'center' ? dashboard.data : undefined} {...state} />
        ) : null}
        {kind === 'association' ? (
          <AssociationDashboard
            data={dashboard.data?.kind === 'association' ? dashboard.data : undefined}
            {...state}
          />
        ) : null}
      </div>
    </div>
  );
}
