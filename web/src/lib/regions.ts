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

export function regionName(region: Region, language: string): string {
  return language === 'en' ? region.nameEn : region.nameRu;
}
