import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, hasActiveFilters, toListQuery } from './need-filters';

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
});
