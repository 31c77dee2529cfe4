import type { Niche } from '@zamena/shared/analytics/analytics.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegionName } from '../../../components/ui/region-select';

const ExternalName = ({ name, url }: { name: string; url: string | null }) =>
  url ? (
    <a href={url} target="_blank" rel="noreferrer">
      {name}
    </a>
  ) : (
    <>{name}</>
  );

/**
 * What can be done about a niche: its lot, the support measures that apply to it, and the sites of a
 * fitting specialization in or near its demand regions (issue 23), nearest first.
 */
export function NicheSupport({ niche }: { niche: Niche }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <div className="niche-support">
      {niche.lot ? <Link to={`/lots/${niche.lot.id}`}>{t('analytics.niches.openLot')}</Link> : null}
      {niche.supportMeasures.length > 0 ? (
        <>
          <p className="niche-list-heading">{t('analytics.niches.measures')}</p>
          <ul className="plain-list niche-measures" aria-label={t('analytics.niches.measures')}>
            {niche.supportMeasures.map((measure) => (
              <li key={measure.id}>
                <ExternalName name={measure.name} url={measure.url} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="niche-list-heading">{t('analytics.niches.sites')}</p>
      {niche.sites.length > 0 ? (
        <ul className="plain-list niche-sites" aria-label={t('analytics.niches.sites')}>
          {niche.sites.map(({ site, proximity, distanceKm }) => (
            <li key={site.id}>
              <ExternalName name={site.name} url={site.sourceUrl} />
              <span className="muted">
                {t('analytics.niches.siteWhere', {
                  region: regionName(site.regionCode),
                  where: t(`analytics.niches.proximity.${proximity}`),
                  km: distanceKm,
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted niche-sites">{t('analytics.niches.noSites')}</p>
      )}
    </div>
  );
}
