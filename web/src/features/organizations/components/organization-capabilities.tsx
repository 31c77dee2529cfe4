import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/ui/format';
import { Spinner } from '../../../components/ui/spinner';
import { useOrganizationCapabilities } from '../api/organizations-api';

/** What the organization makes now, with its PP 719 localization where it has one. */
export function OrganizationCapabilities({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const capabilities = useOrganizationCapabilities(organizationId);
  const items = capabilities.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="profile-capabilities-heading">
      <h2 id="profile-capabilities-heading">{t('organizationProfile.capabilities.title')}</h2>
      {capabilities.isPending ? <Spinner label={t('app.loading')} /> : null}
      {capabilities.isSuccess && items.length === 0 ? (
        <p className="muted">{t('organizationProfile.capabilities.none')}</p>
      ) : null}
      <ul className="profile-list">
        {items.map((capability) => (
          <li key={capability.id}>
            <Link to={`/capabilities/${capability.id}`}>{capability.title}</Link>
            <span className="muted">
              {' · '}
              {capability.okpd2.join(', ')}
              {capability.localization
                ? ` · ${t('organizationProfile.capabilities.pp719', {
                    number: capability.localization.pp719RegistryNumber,
                    date: formatDate(capability.localization.validUntil, i18n.resolvedLanguage ?? 'ru'),
                  })}`
                : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
