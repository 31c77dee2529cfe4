import type { FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './ui/button';
import { CheckboxField } from './ui/checkbox-field';
import { DistrictSelect } from './ui/district-select';
import { Okpd2Picker } from './ui/okpd2-picker';
import type { Okpd2Source } from './ui/okpd2-source';
import { RegionSelect } from './ui/region-select';
import { SelectField } from './ui/select-field';
import { TextField } from './ui/text-field';

/** What every searchable list filters by: words, a code, a place, and "only ours". */
export type SearchFilterValues = {
  q: string;
  okpd2: string;
  region: string;
  district: FederalDistrict | '';
  mine: boolean;
};

type FieldsOf<F, V> = { [K in keyof F]: F[K] extends V ? K : never }[keyof F] & keyof F & string;

export type FilterSelect<F> = {
  field: FieldsOf<F, string>;
  label: string;
  /** What the select shows when it differs from the stored value (a default that depends on others). */
  value?: string;
  options: readonly { value: string; label: string; disabled?: boolean }[];
};

export type FilterCheck<F> = { field: FieldsOf<F, boolean>; label: string };

type SearchFiltersProps<F extends SearchFilterValues> = {
  /** The list it filters: the prefix of the fields' ids and of their texts (`needs.filters.q`). */
  scope: 'needs' | 'capabilities';
  filters: F;
  onChange: (filters: F) => void;
  /** What "reset" goes back to; the button shows while any filter is on. */
  reset: F;
  active: boolean;
  okpd2Source: Okpd2Source;
  /** The list's own selects, after the place fields. */
  selects?: readonly FilterSelect<F>[];
  /** The list's own check boxes, before "only ours". */
  checks?: readonly FilterCheck<F>[];
  /** Offer "only ours" to organizations that have such records of their own. */
  showMine: boolean;
};

/** Words are applied on submit (Enter); every other filter at once. All of them live in the URL. */
export function SearchFilters<F extends SearchFilterValues>(props: SearchFiltersProps<F>) {
  const { scope, filters, onChange, reset, active, okpd2Source, selects = [], checks = [], showMine } = props;
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  const [syncedQ, setSyncedQ] = useState(filters.q);
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  // How many filters besides the words are on: the folded form still says that it narrows the list.
  const onCount = (Object.keys(reset) as (keyof F)[]).filter(
    (field) => field !== 'q' && filters[field] !== reset[field],
  ).length;
  // Back/forward navigation changes the URL under the form: the search box follows it.
  if (filters.q !== syncedQ) {
    setSyncedQ(filters.q);
    setQ(filters.q);
  }

  // Each value comes from its field's own control, whose options are that field's allowed values.
  const set = (field: keyof F, value: unknown) => onChange({ ...filters, q, [field]: value } as F);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...filters, q });
  };

  return (
    <form className="filters" role="search" aria-label={t(`${scope}.filters.label`)} onSubmit={submit}>
      <div className="field-wide">
        <TextField
          id={`${scope}-q`}
          type="search"
          label={t(`${scope}.filters.q`)}
          hint={t(`${scope}.filters.qHint`)}
          value={q}
          maxLength={200}
          onChange={(event) => setQ(event.target.value)}
          addon={<Button type="submit">{t(`${scope}.filters.search`)}</Button>}
        />
      </div>
      {/* On a phone the other filters fold behind this button (CSS shows it only there). */}
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={expanded}
        aria-controls={moreId}
        onClick={() => setExpanded((value) => !value)}
      >
        {t('searchFilters.toggle')}
        {onCount > 0 ? (
          <>
            <span className="filters-count" aria-hidden="true">
              {onCount}
            </span>
            <span className="visually-hidden">{t('searchFilters.onCount', { count: onCount })}</span>
          </>
        ) : null}
      </button>
      <div id={moreId} className="filters-more" data-open={expanded}>
        <div className="filters-grid">
          <Okpd2Picker
            id={`${scope}-okpd2`}
            label={t(`${scope}.filters.okpd2`)}
            value={filters.okpd2}
            onChange={(okpd2) => set('okpd2', okpd2)}
            source={okpd2Source}
          />
          <RegionSelect
            id={`${scope}-region`}
            label={t(`${scope}.filters.region`)}
            placeholder={t(`${scope}.filters.anyRegion`)}
            value={filters.region}
            onChange={(event) => set('region', event.target.value)}
          />
          <DistrictSelect
            id={`${scope}-district`}
            label={t(`${scope}.filters.district`)}
            placeholder={t(`${scope}.filters.anyDistrict`)}
            value={filters.district}
            onChange={(district) => set('district', district)}
          />
          {selects.map((select) => (
            <SelectField
              key={select.field}
              id={`${scope}-${select.field}`}
              label={select.label}
              value={select.value ?? String(filters[select.field])}
              onChange={(event) => set(select.field, event.target.value)}
            >
              {select.options.map((option) => (
                <option key={option.value} value={option.value} disabled={option.disabled}>
                  {option.label}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        <div className="filters-footer">
          <div className="filters-checks">
            {checks.map((check) => (
              <CheckboxField
                key={check.field}
                id={`${scope}-${check.field}`}
                label={check.label}
                checked={Boolean(filters[check.field])}
                onChange={(event) => set(check.field, event.target.checked)}
              />
            ))}
            {showMine ? (
              <CheckboxField
                id={`${scope}-mine`}
                label={t(`${scope}.filters.mine`)}
                checked={filters.mine}
                onChange={(event) => set('mine', event.target.checked)}
              />
            ) : null}
          </div>
          {active ? (
            <Button variant="ghost" className="button-small" onClick={() => onChange(reset)}>
              {t(`${scope}.filters.reset`)}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
