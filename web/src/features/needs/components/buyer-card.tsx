import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useRegionName } from '../../../components/ui/region-select';

/** The buyer; contacts only reach those allowed to see them (the server leaves them out otherwise). */
export function BuyerCard({ need }: { need: Need }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const contacts = need.buyerContacts;
  const hasContacts = Boolean(contacts?.email || contacts?.phone || contacts?.website);

  return (
    <section className="card" aria-labelledby="need-buyer-heading">
      <p className="eyebrow" id="need-buyer-heading">
        {t('needs.detail.buyer')}
      </p>
      <h2 className="organization-name">{need.buyer.name}</h2>
      <p>
        <StatusBadge tone={need.buyer.verified ? 'success' : 'warning'}>
          {need.buyer.verified ? t('needs.detail.verified') : t('needs.detail.notVerified')}
        </StatusBadge>
      </p>
      <dl className="details">
        <div>
          <dt>{t('needs.detail.buyerRegion')}</dt>
          <dd>{regionName(need.buyer.regionCode)}</dd>
        </div>
        {contacts?.email ? (
          <div>
            <dt>{t('needs.detail.email')}</dt>
            <dd>
              <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
            </dd>
          </div>
        ) : null}
        {contacts?.phone ? (
          <div>
            <dt>{t('needs.detail.phone')}</dt>
            <dd>
              <a href={`tel:${contacts.phone.replace(/[^\d+]/g, '')}`}>{contacts.phone}</a>
            </dd>
          </div>
        ) : null}
        {contacts?.website ? (
          <div>
            <dt>{t('needs.detail.website')}</dt>
            <dd>{contacts.website}</dd>
          </div>
        ) : null}
      </dl>
      {/* Absent: this viewer may not see them yet; present but empty: the buyer has not given any. */}
      {contacts === undefined ? <p className="muted card-note">{t('needs.detail.contactsHidden')}</p> : null}
      {contacts !== undefined && !hasContacts ? (
        <p className="muted card-note">{t('needs.detail.noContacts')}</p>
      ) : null}
    </section>
  );
}
