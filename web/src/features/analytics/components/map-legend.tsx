import { useTranslation } from 'react-i18next';
import { formatCompactMoney, formatShare } from '../utils/analytics-format';
import { classRange, type Scale, shadeOf } from '../utils/map-scale';

type MapLegendProps = { title: string; scale: Scale; hasNoData: boolean };

/** The colour classes of the chosen figure, "no data" when some tile has none, and the supply line. */
export function MapLegend({ title, scale, hasNoData }: MapLegendProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const format = (value: number) =>
    scale.kind === 'money'
      ? formatCompactMoney(value, language)
      : scale.kind === 'share'
        ? formatShare(value, language)
        : String(value);
  const classes = Array.from({ length: scale.classes }, (_, index) => index + 1);
  return (
    <div className="map-legend">
      <p className="map-legend-title">{title}</p>
      <ul>
        <li>
          <span className="legend-swatch shade-0" aria-hidden="true" /> {format(0)}
        </li>
        {classes.map((cls) => {
          const { from, to } = classRange(cls, scale);
          return (
            <li key={cls}>
              <span className={`legend-swatch shade-${shadeOf(cls, scale)}`} aria-hidden="true" />{' '}
              {from === to ? format(to) : `${format(from)} – ${format(to)}`}
            </li>
          );
        })}
        {hasNoData ? (
          <li>
            <span className="legend-swatch shade-none" aria-hidden="true" /> {t('analytics.map.noData')}
          </li>
        ) : null}
        <li>
          <span className="legend-swatch legend-flow" aria-hidden="true" /> {t('analytics.map.legendFlow')}
        </li>
      </ul>
    </div>
  );
}
