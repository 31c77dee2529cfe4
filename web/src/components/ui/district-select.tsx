import { FEDERAL_DISTRICTS, type FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from './select-field';

type DistrictSelectProps = Omit<ComponentProps<typeof SelectField>, 'children' | 'onChange' | 'value'> & {
  value: FederalDistrict | '';
  onChange: (district: FederalDistrict | '') => void;
  /** The first, empty option, e.g. "All districts" in a filter. */
  placeholder: string;
};

/** The eight federal districts in the current language. */
export function DistrictSelect({ value, onChange, placeholder, ...props }: DistrictSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      {...props}
      value={value}
      onChange={(event) => onChange(event.target.value as FederalDistrict | '')}
    >
      <option value="">{placeholder}</option>
      {FEDERAL_DISTRICTS.map((district) => (
        <option key={district} value={district}>
          {t(`federalDistrict.${district}`)}
        </option>
      ))}
    </SelectField>
  );
}
