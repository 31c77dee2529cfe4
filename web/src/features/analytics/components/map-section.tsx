import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { type AnalyticsScope, useAnalyticsFlows, useAnalyticsRegions } from '../api/analytics-api';
import { figureValue, isMapFigure, MAP_FIGURES, scaleOf } from '../utils/map-scale';
import { REGION_TILES } from '../utils/region-tiles';
import { MapLegend } from './map-legend';
import { MapTables } from './map-tables';
import { RegionMap } from './region-map';

type MapSectionProps = { scope: AnalyticsScope; nameOfCode: (code: string) => string };

export function MapSection({ scope, nameOfCode }: MapSectionProps) {
  const { t } = useTranslation();
  const regions = useAnalyticsRegions(scope);
  const flows = useAnalyticsFlows(scope);
  const failed = regions.error ?? flows.error;
  const [params, setParams] = useSearchParams();
  const chosen = params.get('figure') ?? '';
  const figure = isMapFigure(chosen) ? chosen : 'openNeeds';
  const values = regions.data?.regions.map((region) => figureValue(region, figure)) ?? [];
  const scale = scaleOf(values, figure);
  const chooseFigure = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('figure', value);
        return next;
      },
      { replace: true },
    );
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
            <div className="map-figure">
              <SelectField
                id="analytics-map-figure"
                label={t('analytics.map.figure')}
                value={figure}
                onChange={(event) => chooseFigure(event.target.value)}
              >
                {MAP_FIGURES.map((value) => (
                  <option key={value} value={value}>
                    {t(`analytics.map.${value}`)}
                  </option>
                ))}
              </SelectField>
            </div>
            <RegionMap
              regions={regions.data.regions}
              flows={flows.data.flows}
              figure={figure}
              scale={scale}
              nameOfCode={nameOfCode}
            />
            <MapLegend
              title={t(`analytics.map.${figure}`)}
              scale={scale}
              hasNoData={values.length < REGION_TILES.length || values.includes(null)}
            />
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
