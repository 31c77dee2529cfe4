import type { NearSite } from '@zamena/shared/investment-case/investment-case.schemas';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { useRegionName } from '../../../components/ui/region-select';
import { StatusBadge } from '../../../components/ui/status-badge';

/** Sites of a fitting specialization in the demand regions, then in their federal districts. */
export function CaseSites({ sites }: { sites: NearSite[] }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <section className="case-section" aria-labelledby="case-sites-heading">
      <h2 id="case-sites-heading">{t('investmentCase.sitesHeading')}</h2>
      {sites.length === 0 ? (
        <EmptyState heading={t('investmentCase.sitesEmpty')} />
      ) : (
        <ul className="case-list">
          {sites.map(({ site, proximity, distanceKm }) => (
            <li key={site.id} className="card" data-testid="case-site">
              <strong>{site.name}</strong>
              <p>
                <StatusBadge tone={proximity === 'same_region' ? 'success' : 'neutral'}>
                  {t(`investmentCase.proximity.${proximity}`)}
                </StatusBadge>{' '}
                {t(`sites.kinds.${site.kind}`)} · {regionName(site.regionCode)} ·{' '}
                {t('investmentCase.distance', { km: distanceKm })}
              </p>
              {site.benefits ? <p className="muted">{site.benefits}</p> : null}
              {site.sourceUrl ? (
                <a href={site.sourceUrl} target="_blank" rel="noreferrer">
                  {t('sites.source')}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
