import type { Region } from '@zamena/shared/reference/reference.schemas';
import type { TFunction } from 'i18next';
import { regionName } from '../../../lib/regions';
import { splitList } from '../../../lib/split-list';

export const addToList = (list: string, item: string) =>
  item && !splitList(list).includes(item) ? [...splitList(list), item].join(',') : list;

export const removeFromList = (list: string, item: string) =>
  splitList(list)
    .filter((value) => value !== item)
    .join(',');

export function regionLabel(code: string, regions: Region[] | undefined, language: string) {
  const region = regions?.find((candidate) => candidate.code === code);
  return region ? regionName(region, language) : code;
}

export const districtLabel = (t: TFunction, district: string) =>
  t(`federalDistrict.${district}` as 'federalDistrict.central');
