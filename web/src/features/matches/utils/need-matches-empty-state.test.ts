import { NEED_STATUSES } from '@zamena/shared/needs/needs.schemas';
import { describe, expect, it } from 'vitest';
import { needMatchesEmptyState } from './need-matches-empty-state';

describe('needMatchesEmptyState', () => {
  it('says matching is still to come for drafts, under way for open needs and over for the rest', () => {
    expect(
      Object.fromEntries(NEED_STATUSES.map((status) => [status, needMatchesEmptyState(status)])),
    ).toEqual({
      draft: 'draft',
      open: 'empty',
      awarded: 'finished',
      closed: 'finished',
      cancelled: 'finished',
      expired: 'finished',
    });
  });
});
