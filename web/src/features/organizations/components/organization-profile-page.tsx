import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { formatDate, formatDateTime } from '../../../components/ui/format';
import { PageHeader } from '../../../components/ui/page-header';
import { useRegionName } from '../../../components/ui/region-select';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useOrganizationProfile } from '../api/organizations-api';
import { OrganizationCapabilities } from './organization-capabilities';
import { OrganizationContacts } from './organization-contacts';
import { TrackRecordCard } from './track-record-card';
import { VerificationBadge } from './verification-badge';
import '../organizations.css';

/** A supplier's (or any organization's) profile: public facts, verification, track record, capabilities. */
export function OrganizationProfilePage({
  renderSections,
}: {
  /** Sections other features add (residency in sites), composed by the route. */
  renderSections?: (organizationId: string) => ReactNode;
} = {}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { id = '' } = useParams();
  const regionName = useRegionName();
  const profile = useOrganizationProfile(id);

  if (profile.isPending) return <Spinner label={t('app.loading')} />;
  if (profile.isError) {
    const missing = isApiError(profile.error, 'not_found') || isApiError(profile.error, 'validation_failed');
    return (
      <div className="page">
        <title>{`${t('organizationProfile.notFound')} — ${t('app.name')}`}</title>
        <PageHeader title={t('organizationProfile.notFound')} />
        <Alert tone={missing ? 'info' : 'error'}>
          {missing ? t('organizationProfile.notFoundBody') : problemMessage(t, profile.error)}
        </Alert>
      </div>
    );
  }

  const org = profile.data;
  const facts: [string, string][] = [
    [t('organizationProfile.facts.region'), regionName(org.regionCode)],
    [t('organizationProfile.facts.inn'), org.inn ?? '—'],
    [t('organizationProfile.facts.ogrn'), org.ogrn ?? '—'],
    [
      t('organizationProfile.facts.cluster'),
      org.cluster
        ? `${t(`organizationProfile.clusterType.${org.cluster.type}`)}: ${org.cluster.name}`
        : t('organizationProfile.facts.noCluster'),
    ],
    [t('organizationProfile.facts.registered'), formatDate(org.createdAt.slice(0, 10), language)],
  ];
  return (
    <div className="page">
      <title>{`${org.name} — ${t('app.name')}`}</title>
      <PageHeader eyebrow={t(`organizationKind.${org.kind}`)} title={org.name}>
        <p className="profile-badges">
          <VerificationBadge status={org.verificationStatus} />
          {org.verifiedBy && org.verifiedAt ? (
            <span className="muted" data-testid="verified-by">
              {t('organizationProfile.verifiedBy', {
                name: org.verifiedBy.fullName,
                organization: org.verifiedBy.organizationName,
                date: formatDateTime(org.verifiedAt, language),
              })}
            </span>
          ) : null}
        </p>
      </PageHeader>
      {org.verificationReason ? (
        <Alert tone="warning">
          {t('organizationProfile.refusedReason', { reason: org.verificationReason })}
        </Alert>
      ) : null}
      <div className="profile-grid">
        <section className="card" aria-labelledby="profile-facts-heading">
          <h2 id="profile-facts-heading">{t('organizationProfile.facts.title')}</h2>
          <dl className="details">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <TrackRecordCard record={org.trackRecord} />
        {org.contacts ? <OrganizationContacts contacts={org.contacts} /> : null}
        {renderSections?.(org.id)}
      </div>
      <OrganizationCapabilities organizationId={org.id} />
    </div>
  );
}
