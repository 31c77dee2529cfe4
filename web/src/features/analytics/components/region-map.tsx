import type { Flow, RegionAnalytics } from '@zamena/shared/analytics/analytics.schemas';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../components/ui/format';
import { magnitude } from '../utils/analytics-format';
import { classOf, figureValue, type MapFigure, type Scale, shadeOf } from '../utils/map-scale';
import { regionFacts, spokenFacts } from '../utils/region-facts';
import { GRID_COLUMNS, GRID_ROWS, REGION_TILES, type RegionTile } from '../utils/region-tiles';
import { RegionCard } from './region-card';

const PITCH = 56;
const TILE = 52;
const PAD = 4;
const WIDTH = GRID_COLUMNS * PITCH + PAD;
const HEIGHT = GRID_ROWS * PITCH + PAD;

const centre = (tile: RegionTile) => ({
  x: PAD + tile.col * PITCH + TILE / 2,
  y: PAD + tile.row * PITCH + TILE / 2,
});
/** Below a tile in the upper half of the map, above one in the lower half, so the card stays inside. */
const cardAnchor = (tile: RegionTile) => {
  const above = tile.row >= GRID_ROWS / 2;
  return {
    left: (PAD + tile.col * PITCH + TILE / 2) / WIDTH,
    top: (PAD + (above ? tile.row : tile.row + 1) * PITCH) / HEIGHT,
    above,
  };
};
type Point = { x: number; y: number };

/** A point `by` units from `from` towards `towards`. */
const step = (from: Point, towards: Point, by: number): Point => {
  const length = Math.hypot(towards.x - from.x, towards.y - from.y) || 1;
  return {
    x: from.x + ((towards.x - from.x) / length) * by,
    y: from.y + ((towards.y - from.y) / length) * by,
  };
};

/**
 * A gentle arc between two tiles, bent to the left of travel so opposite flows do not overlap; its
 * ends stop short of the centres so the arrow and the line leave the tiles' labels readable.
 */
function arc(start: Point, end: Point) {
  const control = {
    x: (start.x + end.x) / 2 - (end.y - start.y) * 0.2,
    y: (start.y + end.y) / 2 + (end.x - start.x) * 0.2,
  };
  return { from: step(start, control, TILE / 3), control, to: step(end, control, TILE / 3) };
}

const tileByCode = new Map(REGION_TILES.map((tile) => [tile.code, tile]));

type RegionMapProps = {
  regions: RegionAnalytics[];
  flows: Flow[];
  figure: MapFigure;
  scale: Scale;
  nameOfCode: (code: string) => string;
};

/**
 * The 85 regions as equal tiles coloured by the chosen figure, with supply drawn from tile to tile
 * (a line's width follows the value). Each tile is a Tab stop that names its figures; the card under
 * the pointer or focus shows them to sighted readers too.
 */
export function RegionMap({ regions, flows, figure, scale, nameOfCode }: RegionMapProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'ru';
  const arrowId = useId();
  const [active, setActive] = useState<string | null>(null);
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const interregional = flows.filter((flow) => flow.interregional);
  const maxFlow = Math.max(...interregional.map((flow) => magnitude(flow.value)), 1);
  const activeTile = active ? tileByCode.get(active) : undefined;
  const activeRegion = active ? byCode.get(active) : undefined;

  return (
    <div className="region-map-frame" onMouseLeave={() => setActive(null)}>
      <div className="region-map-scroll">
        <svg
          className="region-map"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={t('analytics.map.label')}
        >
          <defs>
            <marker
              id={arrowId}
              viewBox="0 0 6 6"
              refX="5"
              refY="3"
              markerWidth="4"
              markerHeight="4"
              orient="auto"
            >
              <path d="M0,0 L6,3 L0,6 z" className="region-map-arrow" />
            </marker>
          </defs>
          {REGION_TILES.map((tile) => {
            const region = byCode.get(tile.code);
            const name = nameOfCode(tile.code);
            const cls = region ? classOf(figureValue(region, figure), scale) : null;
            const shade = cls === null ? 'none' : shadeOf(cls, scale);
            const label = region
              ? spokenFacts(name, regionFacts(region, t, language), figure)
              : t('analytics.map.tileNoData', { region: name });
            return (
              <g
                key={tile.code}
                className={`region-tile region-shade-${shade}`}
                transform={`translate(${PAD + tile.col * PITCH} ${PAD + tile.row * PITCH})`}
                tabIndex={0}
                role="img"
                aria-label={label}
                data-region={tile.code}
                onFocus={() => setActive(tile.code)}
                onBlur={() => setActive((current) => (current === tile.code ? null : current))}
                onMouseEnter={() => setActive(tile.code)}
              >
                <rect width={TILE} height={TILE} rx="5" />
                <text x={TILE / 2} y={TILE / 2 + 5} textAnchor="middle" aria-hidden="true">
                  {tile.label[language]}
                </text>
              </g>
            );
          })}
          <g className="region-map-flows">
            {interregional.map((flow) => {
              const fromTile = tileByCode.get(flow.supplierRegionCode);
              const toTile = tileByCode.get(flow.buyerRegionCode);
              if (!fromTile || !toTile) return null;
              const { from, control, to } = arc(centre(fromTile), centre(toTile));
              return (
                <path
                  key={`${flow.supplierRegionCode}-${flow.buyerRegionCode}`}
                  d={`M${from.x},${from.y} Q${control.x},${control.y} ${to.x},${to.y}`}
                  strokeWidth={2 + (magnitude(flow.value) / maxFlow) * 8}
                  markerEnd={`url(#${arrowId})`}
                  className="region-map-flow"
                >
                  <title>
                    {t('analytics.map.flowTitle', {
                      from: nameOfCode(flow.supplierRegionCode),
                      to: nameOfCode(flow.buyerRegionCode),
                      value: formatMoney(flow.value, language),
                    })}
                  </title>
                </path>
              );
            })}
          </g>
        </svg>
      </div>
      {activeTile ? (
        <RegionCard
          name={nameOfCode(activeTile.code)}
          facts={activeRegion ? regionFacts(activeRegion, t, language) : null}
          figure={figure}
          anchor={cardAnchor(activeTile)}
        />
      ) : null}
    </div>
  );
}
