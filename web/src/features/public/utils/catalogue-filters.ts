import { isOkpd2Code } from '@zamena/shared/domain/okpd2';
import { FEDERAL_DISTRICTS, type FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import type { FilterCheck } from '../../../components/search-filters';
import type { CatalogueParams } from '../api/catalogue-api';

/** The catalogue's filters as they sit in the URL, so a search can be bookmarked and shared. */
export type CatalogueFilters = {
  q: string;
  okpd2: string;
  region: string;
  district: FederalDistrict | '';
  critical: boolean;
  /** Guests own nothing: the shared search form's "only ours" stays off and hidden. */
  mine: false;
};

export const EMPTY_CATALOGUE_FILTERS: CatalogueFilters = {
  q: '',
  okpd2: '',
  region: '',
  district: '',
  critical: false,
  mine: false,
};

/** Unknown or malformed parameters are dropped rather than sent on to a 400. */
export function filtersFromParams(params: URLSearchParams): CatalogueFilters {
  const okpd2 = params.get('okpd2') ?? '';
  const region = params.get('region') ?? '';
  const district = params.get('district') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    okpd2: /^\d/.test(okpd2) && isOkpd2Code(okpd2) ? okpd2 : '',
    region: /^\d{2}$/.test(region) ? region : '',
    district: FEDERAL_DISTRICTS.includes(district as FederalDistrict) ? (district as FederalDistrict) : '',
    critical: params.get('critical') === 'true',
    mine: false,
  };
}

export function filtersToParams(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.okpd2) params.set('okpd2', filters.okpd2);
  if (filters.region) params.set('region', filters.region);
  if (filters.district) params.set('district', filters.district);
  if (filters.critical) params.set('critical', 'true');
  return params;
}

export const hasActiveFilters = (filters: CatalogueFilters) => filtersToParams(filters).size > 0;

export function toCatalogueParams(filters: CatalogueFilters): CatalogueParams {
  return {
    q: filters.q.trim() || undefined,
    okpd2: filters.okpd2 || undefined,
    region: filters.region || undefined,
    district: filters.district || undefined,
    critical: filters.critical ? 'true' : undefined,
  };
}

export const catalogueChecks = (label: string): FilterCheck<CatalogueFilters>[] => [
  { field: 'critical', label },
];
