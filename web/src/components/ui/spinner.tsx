type SpinnerProps = { label: string };

/** A centred busy indicator for a whole page or panel; the label is what a screen reader hears. */
export function Spinner({ label }: SpinnerProps) {
  return (
    <div className="spinner-wrap" role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
