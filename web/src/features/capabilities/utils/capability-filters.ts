import { isOkpd2Code } from '@zamena/shared/domain/okpd2';
import { FEDERAL_DISTRICTS, type FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import type { TFunction } from 'i18next';
import type { FilterSelect } from '../../../components/search-filters';
import type { CapabilityListParams } from '../api/capabilities-api';

/** The list's filters as they sit in the URL. */
export type CapabilityFilters = {
  q: string;
  okpd2: string;
  region: string;
  district: FederalDistrict | '';
  active: 'true' | 'false' | 'all';
  mine: boolean;
};

export const EMPTY_CAPABILITY_FILTERS: CapabilityFilters = {
  q: '',
  okpd2: '',
  region: '',
  district: '',
  active: 'true',
  mine: false,
};

const ACTIVITY = ['true', 'false', 'all'] as const;

/** Unknown or malformed parameters are dropped rather than sent on to a 400. */
export function capabilityFiltersFromParams(params: URLSearchParams): CapabilityFilters {
  const okpd2 = params.get('okpd2') ?? '';
  const region = params.get('region') ?? '';
  const district = params.get('district') as FederalDistrict | null;
  const active = params.get('active') as CapabilityFilters['active'] | null;
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    okpd2: /^\d/.test(okpd2) && isOkpd2Code(okpd2) ? okpd2 : '',
    region: /^\d{2}$/.test(region) ? region : '',
    district: district && FEDERAL_DISTRICTS.includes(district) ? district : '',
    active: active && ACTIVITY.includes(active) ? active : 'true',
    mine: params.get('mine') === 'true',
  };
}

export function capabilityFiltersToParams(filters: CapabilityFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.okpd2) params.set('okpd2', filters.okpd2);
  if (filters.region) params.set('region', filters.region);
  if (filters.district) params.set('district', filters.district);
  if (filters.active !== 'true') params.set('active', filters.active);
  if (filters.mine) params.set('mine', 'true');
  return params;
}

export const hasActiveCapabilityFilters = (filters: CapabilityFilters) =>
  capabilityFiltersToParams(filters).size > 0;

/** The capabilities list's own field in the search form: published, withdrawn or both. */
export const capabilityFilterSelects = (t: TFunction): FilterSelect<CapabilityFilters>[] => [
  {
    field: 'active',
    label: t('capabilities.filters.active'),
    options: [
      { value: 'true', label: t('capabilities.filters.activeOnly') },
      { value: 'false', label: t('capabilities.filters.inactiveOnly') },
      { value: 'all', label: t('capabilities.filters.activeAll') },
    ],
  },
];

export function toCapabilityListQuery(
  filters: CapabilityFilters,
  organizationId: string,
): CapabilityListParams {
  return {
    q: filters.q.trim() || undefined,
    okpd2: filters.okpd2 || undefined,
    region: filters.region || undefined,
    district: filters.district || undefined,
    active: filters.active,
    organization: filters.mine ? organizationId : undefined,
  };
}
