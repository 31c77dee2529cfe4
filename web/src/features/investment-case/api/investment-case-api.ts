import { useMutation, useQuery } from '@tanstack/react-query';
import type { InvestmentCase } from '@zamena/shared/investment-case/investment-case.schemas';
import { api } from '../../../lib/api-client';

export function useInvestmentCase(lotId: string) {
  return useQuery({
    queryKey: ['lots', lotId, 'investment-case'] as const,
    queryFn: ({ signal }) => api.get<InvestmentCase>(`/lots/${lotId}/investment-case`, { signal }),
  });
}

/** The case as XLSX or PDF, downloaded with the session's token. */
export function useInvestmentCaseExport(lotId: string) {
  return useMutation({
    mutationFn: (format: 'xlsx' | 'pdf') => api.download(`/lots/${lotId}/investment-case.${format}`),
  });
}
