import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFigure } from '../utils/map-scale';
import type { Fact } from '../utils/region-facts';

type RegionCardProps = {
  name: string;
  facts: Fact[] | null;
  figure: MapFigure;
  /** The tile's edge the card hangs from, as fractions of the map's width and height. */
  anchor: { left: number; top: number; above: boolean };
};

/**
 * The figures of the tile under the pointer or focus, for sighted readers; hidden from screen readers,
 * which hear the same figures as the tile's name.
 */
export function RegionCard({ name, facts, figure, anchor }: RegionCardProps) {
  const { t } = useTranslation();
  // Near an edge the card grows inwards, so it never sticks out of the map.
  const shiftX = anchor.left < 0.25 ? '0%' : anchor.left > 0.75 ? '-100%' : '-50%';
  const style = {
    left: `${anchor.left * 100}%`,
    top: `${anchor.top * 100}%`,
    '--card-shift-x': shiftX,
    '--card-shift-y': anchor.above ? '-100%' : '0%',
  } as CSSProperties;
  return (
    <div className="region-card" style={style} aria-hidden="true">
      <p className="region-card-name">{name}</p>
      {facts ? (
        <dl>
          {facts.map((fact) => (
            <div key={fact.figure} className={fact.figure === figure ? 'region-card-chosen' : undefined}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('analytics.map.noData')}</p>
      )}
    </div>
  );
}
