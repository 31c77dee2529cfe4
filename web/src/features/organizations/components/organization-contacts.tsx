import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import { useTranslation } from 'react-i18next';

/** Contacts reach only the organization itself and the association (the API leaves them out otherwise). */
export function OrganizationContacts({ contacts }: { contacts: NonNullable<Organization['contacts']> }) {
  const { t } = useTranslation();
  const empty = !contacts.email && !contacts.phone && !contacts.website;
  return (
    <section className="card" aria-labelledby="profile-contacts-heading">
      <h2 id="profile-contacts-heading">{t('organizationProfile.contacts.title')}</h2>
      {empty ? <p className="muted">{t('organizationProfile.contacts.none')}</p> : null}
      <dl className="details">
        {contacts.email ? (
          <div>
            <dt>{t('organizationProfile.contacts.email')}</dt>
            <dd>
              <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
            </dd>
          </div>
        ) : null}
        {contacts.phone ? (
          <div>
            <dt>{t('organizationProfile.contacts.phone')}</dt>
            <dd>{contacts.phone}</dd>
          </div>
        ) : null}
        {contacts.website ? (
          <div>
            <dt>{t('organizationProfile.contacts.website')}</dt>
            <dd>{contacts.website}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted card-note">{t('organizationProfile.contacts.private')}</p>
    </section>
  );
}
