import type { LotStatus } from '@zamena/shared/lots/lots.schemas';
import type { BadgeTone } from '../../../components/ui/status-badge';

export const LOT_STATUS_TONE: Record<LotStatus, BadgeTone> = {
  draft: 'neutral',
  published: 'success',
  archived: 'warning',
  awarded: 'info',
};

/** Coverage is a ratio (1 = met in time, capped at 9999): the meter shows up to 100 %, the text the truth. */
export function coveragePercent(coverage: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(coverage * 100);
}
