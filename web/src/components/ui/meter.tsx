import './meter.css';

type MeterProps = {
  /** What is measured, read by screen readers before the value. */
  label: string;
  /** In [0, 1]. */
  value: number;
  /** The value as text ("87 %"), shown beside the bar and announced instead of the raw number. */
  valueText: string;
  size?: 'normal' | 'small';
  /** Show the label beside the bar, not only to assistive technology. */
  showLabel?: boolean;
};

/** A horizontal bar with its value written out: the number carries the meaning, the bar repeats it. */
export function Meter({ label, value, valueText, size = 'normal', showLabel = false }: MeterProps) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  const tone = percent >= 70 ? 'high' : percent >= 40 ? 'medium' : 'low';
  return (
    <span className={`meter meter-${size}`}>
      {showLabel ? (
        <span className="meter-label" aria-hidden="true">
          {label}
        </span>
      ) : null}
      <span
        className="meter-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={valueText}
      >
        <span className={`meter-fill meter-fill-${tone}`} style={{ width: `${percent}%` }} />
      </span>
      <span className="meter-value" aria-hidden="true">
        {valueText}
      </span>
    </span>
  );
}
