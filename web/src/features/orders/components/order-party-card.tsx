import type { Contacts } from '../utils/order-types';
import type { OrganizationRef } from '@zamena/shared/organizations/organizations.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegionName } from '../../../components/ui/region-select';
import { StatusBadge } from '../../../components/ui/status-badge';

type OrderPartyCardProps = {
  role: 'buyer' | 'supplier';
  organization: OrganizationRef;
  contacts: Contacts;
  you: boolean;
};

/** One side of the order with its contacts: both sides see each other's once the order exists. */
export function OrderPartyCard({ role, organization, contacts, you }: OrderPartyCardProps) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const headingId = `order-${role}-heading`;
  const empty = !contacts.email && !contacts.phone && !contacts.website;

  return (
    <section className="card" aria-labelledby={headingId}>
      <p className="eyebrow" id={headingId}>
        {t(`orders.sides.${role}`)}
        {you ? ` ${t('orders.you')}` : ''}
      </p>
      <h2 className="organization-name">
        <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>
      </h2>
      <p>
        <StatusBadge tone={organization.verified ? 'success' : 'warning'}>
          {organization.verified ? t('orders.verified') : t('orders.notVerified')}
        </StatusBadge>
      </p>
      <dl className="details">
        <div>
          <dt>{t('orders.region')}</dt>
          <dd>{regionName(organization.regionCode)}</dd>
        </div>
        {contacts.email ? (
          <div>
            <dt>{t('orders.email')}</dt>
            <dd>
              <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
            </dd>
          </div>
        ) : null}
        {contacts.phone ? (
          <div>
            <dt>{t('orders.phone')}</dt>
            <dd>
              <a href={`tel:${contacts.phone.replace(/[^\d+]/g, '')}`}>{contacts.phone}</a>
            </dd>
          </div>
        ) : null}
        {contacts.website ? (
          <div>
            <dt>{t('orders.website')}</dt>
            <dd>{contacts.website}</dd>
          </div>
        ) : null}
      </dl>
      {empty ? <p className="muted card-note">{t('orders.noContacts')}</p> : null}
    </section>
  );
}
