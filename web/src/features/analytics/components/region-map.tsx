import type { Flow, RegionAnalytics } from '@zamena/shared/analytics/analytics.schemas';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../components/ui/format';
import { magnitude } from '../utils/analytics-format';
import { fitToView } from '../utils/map-projection';

const WIDTH = 1000;
const MARGIN = 28;
const MAX_RADIUS = 24;

type RegionMapProps = {
  regions: RegionAnalytics[];
  flows: Flow[];
  nameOf: (region: RegionAnalytics) => string;
};

/**
 * Regions as their administrative centres, projected into an SVG: a circle's area follows the open
 * demand, an arc's width the value supplied from one region to another.
 */
export function RegionMap({ regions, flows, nameOf }: RegionMapProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const fitted = useMemo(() => fitToView(regions, WIDTH, MARGIN), [regions]);
  const byCode = new Map(fitted.points.map((point) => [point.code, point]));
  const maxOpen = Math.max(...regions.map((region) => region.openNeeds), 1);
  const interregional = flows.filter((flow) => flow.interregional);
  const maxFlow = Math.max(...interregional.map((flow) => magnitude(flow.value)), 1);

  return (
    <svg
      className="region-map"
      viewBox={`0 0 ${WIDTH} ${Math.round(fitted.height)}`}
      role="img"
      aria-label={t('analytics.map.label')}
    >
      <g className="region-map-flows">
        {interregional.map((flow) => {
          const from = byCode.get(flow.supplierRegionCode);
          const to = byCode.get(flow.buyerRegionCode);
          if (!from || !to) return null;
          // A gentle arc, bent to the left of travel, so opposite flows do not overlap.
          const mx = (from.x + to.x) / 2 - (to.y - from.y) * 0.2;
          const my = (from.y + to.y) / 2 + (to.x - from.x) * 0.2;
          return (
            <path
              key={`${flow.supplierRegionCode}-${flow.buyerRegionCode}`}
              d={`M${from.x},${from.y} Q${mx},${my} ${to.x},${to.y}`}
              strokeWidth={1.5 + (magnitude(flow.value) / maxFlow) * 8}
              className="region-map-flow"
            >
              <title>
                {t('analytics.map.flowTitle', {
                  from: nameOf(from),
                  to: nameOf(to),
                  value: formatMoney(flow.value, language),
                })}
              </title>
            </path>
          );
        })}
      </g>
      <g>
        {fitted.points.map((point) => {
          const open = point.openNeeds > 0;
          const radius = open ? 4 + Math.sqrt(point.openNeeds / maxOpen) * (MAX_RADIUS - 4) : 2.5;
          return (
            <circle
              key={point.code}
              cx={point.x}
              cy={point.y}
              r={radius}
              className={open ? 'region-map-demand' : 'region-map-dot'}
              data-region={point.code}
            >
              <title>
                {t('analytics.map.regionTitle', {
                  region: nameOf(point),
                  n: point.openNeeds,
                  value: formatMoney(point.openValue, language),
                })}
              </title>
            </circle>
          );
        })}
      </g>
    </svg>
  );
}
