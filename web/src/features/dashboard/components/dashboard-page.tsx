import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../../lib/auth';
import { NextSteps } from './next-steps';
import { OrganizationSummary } from './organization-summary';

export function DashboardPage() {
  const { t } = useTranslation();
  const { user, organization } = useCurrentSession();
  return (
    <div className="page">
      <title>{`${t('dashboard.title')} — ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">{t('dashboard.title')}</p>
        <h1 tabIndex={-1}>{t('dashboard.greeting', { name: user.fullName })}</h1>
      </header>
      <div className="dashboard-grid">
        <OrganizationSummary organization={organization} role={user.role} />
        <NextSteps kind={organization.kind} />
      </div>
    </div>
  );
}
