import { NEED_STATUSES } from '@zamena/shared/needs/needs.schemas';
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
import { hasActiveFilters, type NeedFilters } from '../utils/need-filters';

type NeedsFiltersProps = {
  filters: NeedFilters;
  onChange: (filters: NeedFilters) => void;
  /** Offer "only ours" to organizations that have needs of their own. */
  showMine: boolean;
};

const EMPTY: NeedFilters = {
  q: '',
  okpd2: '',
  region: '',
  district: '',
  status: '',
  critical: false,
  mine: false,
  sort: '',
};

/** Words are applied on submit (Enter); every other filter at once. All of them live in the URL. */
export function NeedsFilters({ filters, onChange, showMine }: NeedsFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  const [syncedQ, setSyncedQ] = useState(filters.q);
  // Back/forward navigation changes the URL under the form: the search box follows it.
  if (filters.q !== syncedQ) {
    setSyncedQ(filters.q);
    setQ(filters.q);
  }

  const set = (patch: Partial<NeedFilters>) => onChange({ ...filters, q, ...patch });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set({});
  };

  return (
    <form className="filters" role="search" aria-label={t('needs.filters.label')} onSubmit={submit}>
      <div className="filters-grid">
        <div className="field-wide">
          <TextField
            id="needs-q"
            type="search"
            label={t('needs.filters.q')}
            hint={t('needs.filters.qHint')}
            value={q}
            maxLength={200}
            onChange={(event) => setQ(event.target.value)}
            addon={
              <Button type="submit" className="input-search-button">
                {t('needs.filters.search')}
              </Button>
            }
          />
        </div>
        <Okpd2Picker
          id="needs-okpd2"
          label={t('needs.filters.okpd2')}
          value={filters.okpd2}
          onChange={(okpd2) => set({ okpd2 })}
          source={okpd2Source}
        />
        <RegionSelect
          id="needs-region"
          label={t('needs.filters.region')}
          placeholder={t('needs.filters.anyRegion')}
          value={filters.region}
          onChange={(event) => set({ region: event.target.value })}
        />
        <DistrictSelect
          id="needs-district"
          label={t('needs.filters.district')}
          placeholder={t('needs.filters.anyDistrict')}
          value={filters.district}
          onChange={(district) => set({ district })}
        />
        <SelectField
          id="needs-status"
          label={t('needs.filters.status')}
          value={filters.status}
          onChange={(event) => set({ status: event.target.value as NeedFilters['status'] })}
        >
          <option value="">{t('needs.filters.anyStatus')}</option>
          {NEED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`needs.status.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="needs-sort"
          label={t('needs.filters.sort')}
          value={filters.sort || (filters.q ? 'relevance' : 'date')}
          onChange={(event) => set({ sort: event.target.value as NeedFilters['sort'] })}
        >
          <option value="relevance" disabled={!filters.q}>
            {t('needs.filters.sortRelevance')}
          </option>
          <option value="date">{t('needs.filters.sortDate')}</option>
        </SelectField>
      </div>
      <div className="filters-footer">
        <div className="filters-checks">
          <CheckboxField
            id="needs-critical"
            label={t('needs.filters.critical')}
            checked={filters.critical}
            onChange={(event) => set({ critical: event.target.checked })}
          />
          {showMine ? (
            <CheckboxField
              id="needs-mine"
              label={t('needs.filters.mine')}
              checked={filters.mine}
              onChange={(event) => set({ mine: event.target.checked })}
            />
          ) : null}
        </div>
        {hasActiveFilters(filters) ? (
          <Button variant="ghost" className="button-small" onClick={() => onChange(EMPTY)}>
            {t('needs.filters.reset')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
