import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { type AnalyticsScope, useAnalyticsFlows, useAnalyticsRegions } from '../api/analytics-api';
import { MapTables } from './map-tables';
import { RegionMap } from './region-map';

type MapSectionProps = { scope: AnalyticsScope; nameOfCode: (code: string) => string };

export function MapSection({ scope, nameOfCode }: MapSectionProps) {
  const { t } = useTranslation();
  const regions = useAnalyticsRegions(scope);
  const flows = useAnalyticsFlows(scope);
  const failed = regions.error ?? flows.error;
  return (
    <section className="analytics-section" aria-labelledby="analytics-map-heading">
      <h2 id="analytics-map-heading">{t('analytics.map.heading')}</h2>
      <p className="muted">{t('analytics.map.lead')}</p>
      {regions.isPending || flows.isPending ? <Spinner label={t('app.loading')} /> : null}
      {failed ? (
        <Alert
          tone="error"
          action={
            <Button
              variant="secondary"
              onClick={() => {
                void regions.refetch();
                void flows.refetch();
              }}
            >
              {t('analytics.retry')}
            </Button>
          }
        >
          {problemMessage(t, failed)}
        </Alert>
      ) : null}
      {regions.data && flows.data ? (
        <>
          <div className="card region-map-card">
            <RegionMap
              regions={regions.data.regions}
              flows={flows.data.flows}
              nameOf={(region) => nameOfCode(region.code)}
            />
            <ul className="map-legend" aria-hidden="true">
              <li>
                <span className="legend-swatch legend-demand" /> {t('analytics.map.legendDemand')}
              </li>
              <li>
                <span className="legend-swatch legend-flow" /> {t('analytics.map.legendFlow')}
              </li>
            </ul>
          </div>
          <details className="map-table-toggle">
            <summary>{t('analytics.map.tableToggle')}</summary>
            <MapTables regions={regions.data.regions} flows={flows.data.flows} nameOfCode={nameOfCode} />
          </details>
        </>
      ) : null}
    </section>
  );
}
