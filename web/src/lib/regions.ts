import { useQuery } from '@tanstack/react-query';
import { readableRegionName } from '@zamena/shared/domain/region-names';
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

/** The client's spelling, the same the import template writes (shared/src/domain/region-names.ts). */
export function regionName(region: Region, language: string): string {
  return language === 'en' ? region.nameEn : readableRegionName(region.nameRu);
}
