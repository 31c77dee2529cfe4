import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, hasActiveFilters, toCatalogueParams } from './catalogue-filters';

describe('catalogue filters', () => {
  it('round-trips through the URL', () => {
    const params = new URLSearchParams('q=подшипник&okpd2=28.15&region=62&district=central&critical=true');
    const filters = filtersFromParams(params);
    expect(filters).toEqual({
      q: 'подшипник',
      okpd2: '28.15',
      region: '62',
      district: 'central',
      critical: true,
      mine: false,
    });
    expect(filtersToParams(filters).toString()).toBe(params.toString());
  });

  it('drops malformed parameters instead of sending them on to a 400', () => {
    const filters = filtersFromParams(new URLSearchParams('okpd2=bearings&region=6&district=moon&mine=true'));
    expect(filters).toEqual({ q: '', okpd2: '', region: '', district: '', critical: false, mine: false });
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('sends only the filters that are set, critical as the API spells it', () => {
    const filters = filtersFromParams(new URLSearchParams('q=%20seal%20&critical=true'));
    expect(toCatalogueParams(filters)).toEqual({
      q: 'seal',
      okpd2: undefined,
      region: undefined,
      district: undefined,
      critical: 'true',
    });
  });
});
