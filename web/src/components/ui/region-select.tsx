import { FEDERAL_DISTRICTS, type Region } from '@zamena/shared/reference/reference.schemas';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { regionName, useRegions } from '../../lib/regions';
import { NOT_SET } from './format';
import { SelectField } from './select-field';

type RegionSelectProps = Omit<ComponentProps<typeof SelectField>, 'children'> & {
  /** The first, empty option: "Choose a region" in a form, "All regions" in a filter. */
  placeholder: string;
};

/** Regions grouped by federal district and sorted by name in the current language. */
export function RegionSelect({ placeholder, error, ...props }: RegionSelectProps) {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  const language = i18n.resolvedLanguage ?? 'ru';
  const byName = (a: Region, b: Region) =>
    regionName(a, language).localeCompare(regionName(b, language), language);
  const groups = FEDERAL_DISTRICTS.map((district) => ({
    district,
    regions: (regions.data ?? []).filter((region) => region.federalDistrict === district).sort(byName),
  })).filter((group) => group.regions.length > 0);

  return (
    <SelectField
      {...props}
      error={error ?? (regions.isError ? problemMessage(t, regions.error) : undefined)}
      aria-busy={regions.isPending || undefined}
    >
      <option value="">{regions.isPending ? t('app.loading') : placeholder}</option>
      {groups.map((group) => (
        <optgroup key={group.district} label={t(`federalDistrict.${group.district}`)}>
          {group.regions.map((region) => (
            <option key={region.code} value={region.code}>
              {regionName(region, language)}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}

/** The region's name in the current language, or its code until the list has loaded. */
export function useRegionName() {
  const { i18n } = useTranslation();
  const regions = useRegions();
  const language = i18n.resolvedLanguage ?? 'ru';
  return (code: string | null) => {
    if (code === null) return NOT_SET;
    const region = regions.data?.find((candidate) => candidate.code === code);
    return region ? regionName(region, language) : code;
  };
}
