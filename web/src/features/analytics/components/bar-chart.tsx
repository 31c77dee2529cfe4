import { useId } from 'react';

export type Bar = { key: string; label: string; value: number; valueText: string };

type BarChartProps = { title: string; bars: Bar[] };

// A label line above each bar keeps long labels whole at 360 px, where the card is ~300 px wide.
const ROW = 42;
const WIDTH = 320;
const VALUE = 96;

/**
 * Horizontal bars drawn in plain SVG (no chart library in the bundle). The written values carry the
 * meaning; assistive technology reads the same figures from the description.
 */
export function BarChart({ title, bars }: BarChartProps) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(...bars.map((bar) => bar.value), 0);
  const track = WIDTH - VALUE;
  return (
    <figure className="chart">
      <figcaption className="chart-title" id={titleId}>
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="chart-svg"
      >
        <desc id={descId}>{bars.map((bar) => `${bar.label}: ${bar.valueText}`).join('; ')}</desc>
        {bars.map((bar, index) => {
          const y = index * ROW;
          const length = max > 0 ? Math.max((bar.value / max) * track, bar.value > 0 ? 2 : 0) : 0;
          return (
            <g key={bar.key} aria-hidden="true">
              <text x={0} y={y + 14} className="chart-label">
                {bar.label}
              </text>
              <rect x={0} y={y + 21} width={track} height={12} rx={3} className="chart-track" />
              <rect x={0} y={y + 21} width={length} height={12} rx={3} className="chart-bar" />
              <text x={track + 8} y={y + 31} className="chart-value">
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
