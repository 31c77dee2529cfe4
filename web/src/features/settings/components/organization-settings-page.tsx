import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentSession } from '../../../lib/auth';
import { MembersSection } from './members-section';
import { OrganizationProfileForm } from './organization-profile-form';
import { WebhooksSection } from './webhooks-section';
import '../settings.css';

/** The owner's settings of their organization: profile and contacts, members, webhooks. */
export function OrganizationSettingsPage({
  renderSections,
}: {
  /** Owner sections other features add (residency in sites), composed by the route. */
  renderSections?: (organizationId: string) => ReactNode;
} = {}) {
  const { t } = useTranslation();
  const { user, organization } = useCurrentSession();
  const owner = user.role === 'owner';
  return (
    <div className="page settings-page">
      <title>{`${t('settings.title')} — ${t('app.name')}`}</title>
      <PageHeader
        eyebrow={organization.name}
        title={t('settings.title')}
        lead={t('settings.lead')}
        actions={<Link to={`/organizations/${organization.id}`}>{t('settings.viewProfile')}</Link>}
      />
      {owner ? (
        <>
          <OrganizationProfileForm organization={organization} />
          <MembersSection organizationId={organization.id} meId={user.id} />
          <WebhooksSection organizationId={organization.id} />
          {renderSections?.(organization.id)}
        </>
      ) : (
        <Alert tone="info">{t('settings.ownersOnly')}</Alert>
      )}
    </div>
  );
}
