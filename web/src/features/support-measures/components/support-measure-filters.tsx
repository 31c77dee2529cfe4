import {
  SUPPORT_MEASURE_TYPES,
  supportMeasureTypeSchema,
  type SupportMeasureType,
} from '@zamena/shared/support-measures/support-measures.schemas';
import { useTranslation } from 'react-i18next';
import { Okpd2Picker } from '../../../components/ui/okpd2-picker';
import { RegionSelect } from '../../../components/ui/region-select';
import { SelectField } from '../../../components/ui/select-field';
import { okpd2Source } from '../../../lib/okpd2-api';

export type MeasureFilters = { type: SupportMeasureType | ''; region: string; okpd2: string };
export const NO_MEASURE_FILTERS: MeasureFilters = { type: '', region: '', okpd2: '' };

type Props = { value: MeasureFilters; onChange: (value: MeasureFilters) => void };

/** Which measures apply: of a type, to goods of an OKPD2 code, in a region (unscoped ones apply everywhere). */
export function SupportMeasureFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="search" aria-label={t('supportMeasures.filters.label')}>
      <div className="filters-grid">
        <SelectField
          id="measures-type"
          label={t('supportMeasures.filters.type')}
          value={value.type}
          onChange={(event) =>
            onChange({ ...value, type: supportMeasureTypeSchema.safeParse(event.target.value).data ?? '' })
          }
        >
          <option value="">{t('supportMeasures.filters.anyType')}</option>
          {SUPPORT_MEASURE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`supportMeasures.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <RegionSelect
          id="measures-region"
          label={t('supportMeasures.filters.region')}
          placeholder={t('supportMeasures.filters.anyRegion')}
          value={value.region}
          onChange={(event) => onChange({ ...value, region: event.target.value })}
        />
        <Okpd2Picker
          id="measures-okpd2"
          label={t('supportMeasures.filters.okpd2')}
          value={value.okpd2}
          onChange={(okpd2) => onChange({ ...value, okpd2 })}
          source={okpd2Source}
        />
      </div>
    </div>
  );
}
