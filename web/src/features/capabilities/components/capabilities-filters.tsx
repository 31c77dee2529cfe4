import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { Okpd2Picker } from '../../../components/ui/okpd2-picker';
import { DistrictSelect } from '../../../components/ui/district-select';
import { RegionSelect } from '../../../components/ui/region-select';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { okpd2Source } from '../api/reference-api';
import {
  EMPTY_CAPABILITY_FILTERS,
  hasActiveCapabilityFilters,
  type CapabilityFilters,
} from '../utils/capability-filters';

type CapabilitiesFiltersProps = {
  filters: CapabilityFilters;
  onChange: (filters: CapabilityFilters) => void;
  showMine: boolean;
};

/** Words are applied on submit (Enter); every other filter at once. All of them live in the URL. */
export function CapabilitiesFilters({ filters, onChange, showMine }: CapabilitiesFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  const [syncedQ, setSyncedQ] = useState(filters.q);
  if (filters.q !== syncedQ) {
    setSyncedQ(filters.q);
    setQ(filters.q);
  }

  const set = (patch: Partial<CapabilityFilters>) => onChange({ ...filters, q, ...patch });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set({});
  };

  return (
    <form className="filters" role="search" aria-label={t('capabilities.filters.label')} onSubmit={submit}>
      <div className="filters-grid">
        <div className="field-wide">
          <TextField
            id="capabilities-q"
            type="search"
            label={t('capabilities.filters.q')}
            hint={t('capabilities.filters.qHint')}
            value={q}
            maxLength={200}
            onChange={(event) => setQ(event.target.value)}
            addon={<Button type="submit">{t('capabilities.filters.search')}</Button>}
          />
        </div>
        <Okpd2Picker
          id="capabilities-okpd2"
          label={t('capabilities.filters.okpd2')}
          value={filters.okpd2}
          onChange={(okpd2) => set({ okpd2 })}
          source={okpd2Source}
        />
        <RegionSelect
          id="capabilities-region"
          label={t('capabilities.filters.region')}
          placeholder={t('capabilities.filters.anyRegion')}
          value={filters.region}
          onChange={(event) => set({ region: event.target.value })}
        />
        <DistrictSelect
          id="capabilities-district"
          label={t('capabilities.filters.district')}
          placeholder={t('capabilities.filters.anyDistrict')}
          value={filters.district}
          onChange={(district) => set({ district })}
        />
        <SelectField
          id="capabilities-active"
          label={t('capabilities.filters.active')}
          value={filters.active}
          onChange={(event) => set({ active: event.target.value as CapabilityFilters['active'] })}
        >
          <option value="true">{t('capabilities.filters.activeOnly')}</option>
          <option value="false">{t('capabilities.filters.inactiveOnly')}</option>
          <option value="all">{t('capabilities.filters.activeAll')}</option>
        </SelectField>
      </div>
      <div className="filters-footer">
        <div className="filters-checks">
          {showMine ? (
            <CheckboxField
              id="capabilities-mine"
              label={t('capabilities.filters.mine')}
              checked={filters.mine}
              onChange={(event) => set({ mine: event.target.checked })}
            />
          ) : null}
        </div>
        {hasActiveCapabilityFilters(filters) ? (
          <Button variant="ghost" className="button-small" onClick={() => onChange(EMPTY_CAPABILITY_FILTERS)}>
            {t('capabilities.filters.reset')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
