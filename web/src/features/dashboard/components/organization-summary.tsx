import type { Role } from '@zamena/shared/auth/auth.schemas';
import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import { useTranslation } from 'react-i18next';
import { regionName, useRegions } from '../../../lib/regions';

type OrganizationSummaryProps = { organization: Organization; role: Role };

export function OrganizationSummary({ organization, role }: OrganizationSummaryProps) {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  const region = regions.data?.find((candidate) => candidate.code === organization.regionCode);
  const language = i18n.resolvedLanguage ?? 'ru';

  return (
    <section className="card" aria-labelledby="organization-heading">
      <p className="eyebrow" id="organization-heading">
        {t('dashboard.organization')}
      </p>
      <h2 className="organization-name">{organization.name}</h2>
      <p className={organization.verified ? 'badge badge-success' : 'badge badge-pending'}>
        {organization.verified ? t('dashboard.verified') : t('dashboard.notVerified')}
      </p>
      <dl className="details">
        <div>
          <dt>{t('dashboard.kind')}</dt>
          <dd>{t(`organizationKind.${organization.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.region')}</dt>
          <dd>
            {region ? regionName(region, language) : organization.regionCode}
            {region ? (
              <span className="muted"> · {t(`federalDistrict.${region.federalDistrict}`)}</span>
            ) : null}
          </dd>
        </div>
        {organization.inn ? (
          <div>
            <dt>{t('dashboard.inn')}</dt>
            <dd className="mono">{organization.inn}</dd>
          </div>
        ) : null}
        {organization.ogrn ? (
          <div>
            <dt>{t('dashboard.ogrn')}</dt>
            <dd className="mono">{organization.ogrn}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('dashboard.role')}</dt>
          <dd>{t(`role.${role}`)}</dd>
        </div>
      </dl>
    </section>
  );
}
