import { useTranslation } from 'react-i18next';
import { RegionSelect, useRegionName } from '../../../components/ui/region-select';

type DeliveryRegionsFieldProps = {
  mode: string;
  codes: string[];
  onModeChange: (mode: 'all' | 'chosen') => void;
  onCodesChange: (codes: string[]) => void;
  error?: string | undefined;
};

/** Every region by default; otherwise a list built by picking regions one by one. */
export function DeliveryRegionsField({
  mode,
  codes,
  onModeChange,
  onCodesChange,
  error,
}: DeliveryRegionsFieldProps) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <fieldset
      className="field choice-group"
      aria-describedby={error ? 'deliveryRegionCodes-error' : undefined}
    >
      <legend className="field-label">{t('capabilities.fields.deliveryRegions')}</legend>
      <div className="choice-cards">
        {(['all', 'chosen'] as const).map((option) => (
          <label key={option} className="choice-card">
            <input
              type="radio"
              name="delivery-mode"
              value={option}
              checked={mode === option}
              onChange={() => onModeChange(option)}
            />
            <span className="choice-text">
              <span className="choice-title">
                {option === 'all'
                  ? t('capabilities.form.deliveryAll')
                  : t('capabilities.form.deliveryChosen')}
              </span>
            </span>
          </label>
        ))}
      </div>
      {mode === 'chosen' ? (
        <div className="delivery-regions">
          {codes.length > 0 ? (
            <ul className="tags" aria-label={t('capabilities.form.chosenRegions')}>
              {codes.map((code) => (
                <li key={code} className="tag">
                  <span className="tag-text">{regionName(code)}</span>
                  <button
                    type="button"
                    className="tag-remove"
                    aria-label={t('capabilities.form.removeRegion', { region: regionName(code) })}
                    onClick={() => onCodesChange(codes.filter((c) => c !== code))}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <RegionSelect
            id="deliveryRegionCodes"
            label={t('capabilities.form.addRegion')}
            placeholder={t('capabilities.form.addRegionPlaceholder')}
            value=""
            error={error}
            onChange={(event) => {
              const code = event.target.value;
              if (code && !codes.includes(code)) onCodesChange([...codes, code]);
            }}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
