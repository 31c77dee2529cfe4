import { useQuery } from '@tanstack/react-query';
import type { Region } from '@zamena/shared/reference/reference.schemas';
import { api } from './api-client';

/** Reference data several features need (registration, dashboard, later needs and maps). */
export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: async () => (await api.get<{ items: Region[] }>('/regions', { auth: false })).items,
    staleTime: Infinity,
  });
}

// The reference list spells Russian names the FIAS way (`Рязанская обл`, `Респ Адыгея`, `г Москва`);
// people expect them written out.
const RU_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|\s)Респ(?=\s|$)/g, '$1Республика'],
  [/(^|\s)обл$/, '$1область'],
  [/(^|\s)Аобл$/, '$1автономная область'],
  [/(^|\s)АО$/, '$1автономный округ'],
  [/Автономный округ/, 'автономный округ'],
  [/^г\s/, 'г. '],
  [/\s\/(.+)\/$/, ' ($1)'],
  [/ - /g, ' — '],
];

function readableRuName(name: string): string {
  return RU_ABBREVIATIONS.reduce(
    (result, [pattern, replacement]) => result.replace(pattern, replacement),
    name,
  );
}

export function regionName(region: Region, language: string): string {
  return language === 'en' ? region.nameEn : readableRuName(region.nameRu);
}
