import type { NeedStatus } from '@zamena/shared/needs/needs.schemas';

/**
 * Why a need shows no matched suppliers, as the key of its empty state: not published yet (`draft`),
 * published and still being matched (`empty`), or past taking offers, so no longer matched (`finished`).
 */
export function needMatchesEmptyState(status: NeedStatus): 'draft' | 'empty' | 'finished' {
  if (status === 'draft') return 'draft';
  return status === 'open' ? 'empty' : 'finished';
}
