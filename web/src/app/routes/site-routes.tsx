import { ConsoleTabs } from '../../features/console/components/console-tabs';
import { OrganizationProfilePage } from '../../features/organizations/components/organization-profile-page';
import { OrganizationSettingsPage } from '../../features/settings/components/organization-settings-page';
import { ResidencyQueuePage } from '../../features/sites/components/residency-queue-page';
import { ResidencySection, VerifiedResidencies } from '../../features/sites/components/residency-section';
import { SitesAdminPage } from '../../features/sites/components/sites-admin-page';
// The console's tabs keep their look on the pages this route adds to the console.
import '../../features/console/console.css';

/**
 * Pages that show residency in sites next to another feature's content, composed here because
 * features never import each other.
 */
export function OrganizationProfileRoute() {
  return (
    <OrganizationProfilePage
      renderSections={(organizationId) => <VerifiedResidencies organizationId={organizationId} />}
    />
  );
}

export function OrganizationSettingsRoute() {
  return (
    <OrganizationSettingsPage
      renderSections={(organizationId) => <ResidencySection organizationId={organizationId} />}
    />
  );
}

export const ConsoleSitesRoute = () => <SitesAdminPage tabs={<ConsoleTabs />} />;

export const ConsoleResidenciesRoute = () => <ResidencyQueuePage tabs={<ConsoleTabs />} />;
