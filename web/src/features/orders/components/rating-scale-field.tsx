import { useTranslation } from 'react-i18next';

const SCORES = [1, 2, 3, 4, 5] as const;

type RatingScaleFieldProps = {
  name: string;
  legend: string;
  value: number | null;
  error?: string | undefined;
  onChange: (score: number) => void;
};

/** Five radio buttons in a fieldset: the legend names the group, arrow keys move between scores. */
export function RatingScaleField({ name, legend, value, error, onChange }: RatingScaleFieldProps) {
  const { t } = useTranslation();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={error ? 'field rating-scale field-invalid' : 'field rating-scale'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">{legend}</legend>
      <div className="rating-scale-options">
        {SCORES.map((score) => (
          <label key={score} className="rating-scale-option">
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              aria-label={t('orders.rating.scoreLabel', { score })}
            />
            <span aria-hidden="true">{score}</span>
          </label>
        ))}
      </div>
      <p className="field-hint rating-scale-ends" aria-hidden="true">
        <span>{t('orders.rating.low')}</span>
        <span>{t('orders.rating.high')}</span>
      </p>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
