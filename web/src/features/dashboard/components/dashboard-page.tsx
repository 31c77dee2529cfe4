import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { useToast } from '../../../components/ui/toast';
import { useCurrentSession } from '../../../lib/auth';
import { AssociationDashboard } from './association-dashboard';
import { CenterDashboard } from './center-dashboard';
import { EnterpriseDashboard } from './enterprise-dashboard';
import { OrganizationSummary } from './organization-summary';
import './dashboard.css';

export function DashboardPage() {
  const { t } = useTranslation();
  const { user, organization } = useCurrentSession();
  const queryClient = useQueryClient();
  const toast = useToast();

  async function refresh() {
    // Every dashboard query carries 'dashboard' in its key; only those are fetched again.
    await queryClient.refetchQueries({ predicate: (query) => query.queryKey.includes('dashboard') });
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
        {organization.kind === 'enterprise' ? <EnterpriseDashboard organization={organization} /> : null}
        {organization.kind === 'center' ? <CenterDashboard organization={organization} /> : null}
        {organization.kind === 'association' ? <AssociationDashboard /> : null}
      </div>
    </div>
  );
}
