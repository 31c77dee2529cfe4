import type { NeedMatchList } from '@zamena/shared/matching/matching.schemas';
import type { NeedStatus } from '@zamena/shared/needs/needs.schemas';

/** What the need page's suppliers section says; the first four are an empty state of that name. */
export type NeedMatchesState = 'draft' | 'matching' | 'empty' | 'finished' | 'noSupplier' | 'listed';

/**
 * Not published yet (`draft`); open and not looked at yet (`matching`); looked at and no strong match
 * standing: nobody in the country makes it (`noSupplier`, possible matches may still be listed); no
 * longer taking offers (`finished`, unless earlier matches remain to show); otherwise the lists.
 */
export function needMatchesState(
  status: NeedStatus,
  { items, noDomesticSupplier, matchedAt }: Pick<NeedMatchList, 'items' | 'noDomesticSupplier' | 'matchedAt'>,
): NeedMatchesState {
  if (status === 'draft') return 'draft';
  if (status !== 'open') return items.length > 0 ? 'listed' : 'finished';
  if (matchedAt === null) return 'matching';
  if (noDomesticSupplier) return 'noSupplier';
  return items.length > 0 ? 'listed' : 'empty';
}
