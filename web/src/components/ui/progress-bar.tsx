import { useId } from 'react';
import './ui.css';

type ProgressBarProps = {
  label: string;
  /** Undefined while the total is not known yet: an indeterminate bar. */
  value: number | undefined;
  max: number | undefined;
  /** Shown beside the label, e.g. "120 of 500 rows". */
  valueText?: string;
};

/** The native <progress>, labelled, so assistive technology announces it as a progress bar. */
export function ProgressBar({ label, value, max, valueText }: ProgressBarProps) {
  const id = useId();
  const known = value !== undefined && max !== undefined && max > 0;
  return (
    <div className="progress">
      <div className="progress-label">
        <label htmlFor={id}>{label}</label>
        {valueText ? <span className="muted">{valueText}</span> : null}
      </div>
      {known ? (
        <progress id={id} value={Math.min(value, max)} max={max} aria-valuetext={valueText} />
      ) : (
        <progress id={id} aria-valuetext={valueText} />
      )}
    </div>
  );
}
