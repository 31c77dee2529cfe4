import { FEDERAL_DISTRICTS, type Region } from '@zamena/shared/reference/reference.schemas';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { regionName, useRegions } from '../../../lib/regions';

type RegionSelectProps = Omit<ComponentProps<typeof SelectField>, 'children'>;

/** Regions from the API, grouped by federal district and sorted by name in the current language. */
export function RegionSelect(props: RegionSelectProps) {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  const language = i18n.resolvedLanguage ?? 'ru';

  if (regions.isError) {
    return (
      <div className="field">
        <p className="field-label">{props.label}</p>
        <p className="field-error" role="alert">
          {t('register.regionsFailed')}{' '}
          <Button variant="secondary" onClick={() => void regions.refetch()}>
            {t('register.regionsRetry')}
          </Button>
        </p>
      </div>
    );
  }

  const byName = (a: Region, b: Region) =>
    regionName(a, language).localeCompare(regionName(b, language), language);
  const groups = FEDERAL_DISTRICTS.map((district) => ({
    district,
    regions: (regions.data ?? []).filter((region) => region.federalDistrict === district).sort(byName),
  })).filter((group) => group.regions.length > 0);

  return (
    <SelectField {...props} aria-busy={regions.isPending || undefined}>
      <option value="">
        {regions.isPending ? t('register.regionsLoading') : t('register.regionPlaceholder')}
      </option>
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
