import { NEED_STATUSES } from '@zamena/shared/needs/needs.schemas';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ru } from '../../../i18n/locales/ru';
import {
  EMPTY_NEED_FILTERS,
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
  needFilterFields,
  toListQuery,
} from './need-filters';

const instance = i18next.createInstance();
await instance.init({ lng: 'ru', resources: { ru: { translation: ru } } });
const t = instance.t;

describe('need list filters in the URL', () => {
  it('round-trips every filter through the search parameters', () => {
    const params = new URLSearchParams(
      'q=подшипник&okpd2=28.15&region=62&district=central&status=open&critical=true&mine=true&sort=date',
    );
    const filters = filtersFromParams(params);
    expect(filters).toEqual({
      q: 'подшипник',
      okpd2: '28.15',
      region: '62',
      district: 'central',
      status: 'open',
      critical: true,
      mine: true,
      sort: 'date',
    });
    expect(filtersToParams(filters).toString()).toBe(params.toString());
  });

  it('drops malformed parameters instead of sending them on to a 400', () => {
    const filters = filtersFromParams(
      new URLSearchParams('okpd2=C&region=6&district=mars&status=lost&sort=price&critical=yes'),
    );
    expect(filters).toMatchObject({
      okpd2: '',
      region: '',
      district: '',
      status: '',
      sort: '',
      critical: false,
    });
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('asks for the buyer’s own needs, or for a centre the needs it posted', () => {
    const filters = filtersFromParams(new URLSearchParams('mine=true'));
    expect(toListQuery(filters, { organizationId: 'org', kind: 'enterprise' })).toMatchObject({
      buyer: 'org',
    });
    expect(toListQuery(filters, { organizationId: 'c', kind: 'center' })).toMatchObject({ postedBy: 'c' });
    expect(
      toListQuery(filtersFromParams(new URLSearchParams()), { organizationId: 'o', kind: 'enterprise' }),
    ).toEqual({
      q: undefined,
      okpd2: undefined,
      region: undefined,
      district: undefined,
      status: undefined,
      critical: undefined,
      sort: undefined,
      buyer: undefined,
    });
  });

  it('offers sorting by relevance only with words, and sorts by it by default then', () => {
    const [, withoutWords] = needFilterFields(t, EMPTY_NEED_FILTERS).selects;
    expect(withoutWords).toMatchObject({ field: 'sort', value: 'date' });
    expect(withoutWords?.options[0]).toEqual({
      value: 'relevance',
      label: ru.needs.filters.sortRelevance,
      disabled: true,
    });
    const [, withWords] = needFilterFields(t, { ...EMPTY_NEED_FILTERS, q: 'подшипник' }).selects;
    expect(withWords).toMatchObject({ value: 'relevance' });
    expect(withWords?.options[0]?.disabled).toBe(false);
    const [, chosen] = needFilterFields(t, { ...EMPTY_NEED_FILTERS, q: 'подшипник', sort: 'date' }).selects;
    expect(chosen?.value).toBe('date');
  });

  it('offers every need status after "any status", and the critical check box', () => {
    const { selects, checks } = needFilterFields(t, EMPTY_NEED_FILTERS);
    expect(selects[0]?.options.map((option) => option.value)).toEqual(['', ...NEED_STATUSES]);
    expect(selects[0]?.options[0]?.label).toBe(ru.needs.filters.anyStatus);
    expect(checks).toEqual([{ field: 'critical', label: ru.needs.filters.critical }]);
  });
});
