import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { useRegionName } from '../../../components/ui/region-select';
import { StatusBadge } from '../../../components/ui/status-badge';

const TONE = { verified: 'success', pending: 'warning', refused: 'danger' } as const;

export function OrganizationResults({ items }: { items: Organization[] }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <DataTable
      caption={t('console.search.organizations')}
      rows={items}
      rowKey={(org) => org.id}
      columns={[
        {
          key: 'name',
          header: t('console.search.name'),
          label: t('console.search.name'),
          cell: (org) => <Link to={`/organizations/${org.id}`}>{org.name}</Link>,
        },
        {
          key: 'numbers',
          header: t('console.search.numbers'),
          label: t('console.search.numbers'),
          cell: (org) => (
            <span className="mono">{[org.inn, org.ogrn].filter(Boolean).join(' / ') || '—'}</span>
          ),
        },
        {
          key: 'region',
          header: t('console.search.region'),
          label: t('console.search.region'),
          cell: (org) => regionName(org.regionCode),
        },
        {
          key: 'status',
          header: t('console.search.status'),
          label: t('console.search.status'),
          cell: (org) => (
            <StatusBadge tone={TONE[org.verificationStatus]}>
              {t(`organizationProfile.verification.${org.verificationStatus}`)}
            </StatusBadge>
          ),
        },
      ]}
    />
  );
}
