import { NEED_SORTS, NEED_STATUSES, type NeedStatus } from '@zamena/shared/needs/needs.schemas';
import { isOkpd2Code } from '@zamena/shared/domain/okpd2';
import { FEDERAL_DISTRICTS, type FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import type { TFunction } from 'i18next';
import type { FilterCheck, FilterSelect } from '../../../components/search-filters';
import type { NeedListParams } from '../api/needs-api';

/** The list's filters as they sit in the URL, so a filtered list can be bookmarked and shared. */
export type NeedFilters = {
  q: string;
  okpd2: string;
  region: string;
  district: FederalDistrict | '';
  status: NeedStatus | '';
  critical: boolean;
  mine: boolean;
  sort: (typeof NEED_SORTS)[number] | '';
};

export const EMPTY_NEED_FILTERS: NeedFilters = {
  q: '',
  okpd2: '',
  region: '',
  district: '',
  status: '',
  critical: false,
  mine: false,
  sort: '',
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.includes(value as T) ? (value as T) : '';

/** Unknown or malformed parameters are dropped rather than sent on to a 400. */
export function filtersFromParams(params: URLSearchParams): NeedFilters {
  const okpd2 = params.get('okpd2') ?? '';
  const region = params.get('region') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    okpd2: /^\d/.test(okpd2) && isOkpd2Code(okpd2) ? okpd2 : '',
    region: /^\d{2}$/.test(region) ? region : '',
    district: oneOf(FEDERAL_DISTRICTS, params.get('district')),
    status: oneOf(NEED_STATUSES, params.get('status')),
    critical: params.get('critical') === 'true',
    mine: params.get('mine') === 'true',
    sort: oneOf(NEED_SORTS, params.get('sort')),
  };
}

export function filtersToParams(filters: NeedFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.okpd2) params.set('okpd2', filters.okpd2);
  if (filters.region) params.set('region', filters.region);
  if (filters.district) params.set('district', filters.district);
  if (filters.status) params.set('status', filters.status);
  if (filters.critical) params.set('critical', 'true');
  if (filters.mine) params.set('mine', 'true');
  if (filters.sort) params.set('sort', filters.sort);
  return params;
}

export function hasActiveFilters(filters: NeedFilters): boolean {
  return filtersToParams({ ...filters, sort: '' }).size > 0;
}

/** The needs list's own fields in the search form; "by relevance" needs words to rank by. */
export function needFilterFields(t: TFunction, filters: NeedFilters) {
  const selects: FilterSelect<NeedFilters>[] = [
    {
      field: 'status',
      label: t('needs.filters.status'),
      options: [
        { value: '', label: t('needs.filters.anyStatus') },
        ...NEED_STATUSES.map((status) => ({ value: status, label: t(`needs.status.${status}`) })),
      ],
    },
    {
      field: 'sort',
      label: t('needs.filters.sort'),
      value: filters.sort || (filters.q ? 'relevance' : 'date'),
      options: [
        { value: 'relevance', label: t('needs.filters.sortRelevance'), disabled: !filters.q },
        { value: 'date', label: t('needs.filters.sortDate') },
      ],
    },
  ];
  const checks: FilterCheck<NeedFilters>[] = [{ field: 'critical', label: t('needs.filters.critical') }];
  return { selects, checks };
}

type Viewer = { organizationId: string; kind: string };

/**
 * The API query for the filters. "Mine" means needs the organization buys, or for a centre the needs
 * it posted for enterprises of its region.
 */
export function toListQuery(filters: NeedFilters, viewer: Viewer): NeedListParams {
  const mine = filters.mine ? viewer.organizationId : undefined;
  return {
    q: filters.q.trim() || undefined,
    okpd2: filters.okpd2 || undefined,
    region: filters.region || undefined,
    district: filters.district || undefined,
    status: filters.status || undefined,
    critical: filters.critical ? 'true' : undefined,
    sort: filters.sort || undefined,
    ...(viewer.kind === 'center' ? { postedBy: mine } : { buyer: mine }),
  };
}
