import type { CatalogueNeed } from '@zamena/shared/catalogue/catalogue.schemas';
import { useTranslation } from 'react-i18next';
import { formatDate, formatQuantity } from '../../../components/ui/format';
import { useRegionName } from '../../../components/ui/region-select';
import { StatusBadge } from '../../../components/ui/status-badge';
import { BidAction } from './bid-action';

/** One open need as a guest sees it: the buyer by name only where it agreed, else by its region. */
export function CatalogueCard({ need }: { need: CatalogueNeed }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();
  const headingId = `catalogue-need-${need.id}`;
  const buyer =
    need.buyer.name ?? t('publicSite.catalogue.unnamedBuyer', { region: regionName(need.buyer.regionCode) });

  return (
    <article className="card catalogue-card" aria-labelledby={headingId}>
      <header className="catalogue-card-header">
        <h3 id={headingId}>{need.title}</h3>
        {need.critical ? <StatusBadge tone="danger">{t('publicSite.catalogue.critical')}</StatusBadge> : null}
      </header>
      <p className="muted catalogue-buyer">{buyer}</p>
      <dl className="catalogue-facts">
        <div>
          <dt>{t('publicSite.catalogue.okpd2')}</dt>
          <dd className="mono">{need.okpd2}</dd>
        </div>
        <div>
          <dt>{t('publicSite.catalogue.quantity')}</dt>
          <dd>{formatQuantity(need.quantity, need.unit, language)}</dd>
        </div>
        <div>
          <dt>{t('publicSite.catalogue.neededBy')}</dt>
          <dd>{formatDate(need.neededBy, language)}</dd>
        </div>
        <div>
          <dt>{t('publicSite.catalogue.region')}</dt>
          <dd>{regionName(need.deliveryRegionCode)}</dd>
        </div>
        {need.replaces ? (
          <div>
            <dt>{t('publicSite.catalogue.replaces')}</dt>
            <dd>{need.replaces}</dd>
          </div>
        ) : null}
      </dl>
      {need.description ? <p className="catalogue-description">{need.description}</p> : null}
      <div className="catalogue-card-actions">
        <BidAction needId={need.id} title={need.title} />
      </div>
    </article>
  );
}
