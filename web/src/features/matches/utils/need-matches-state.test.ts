import type { Match } from '@zamena/shared/matching/matching.schemas';
import { NEED_STATUSES } from '@zamena/shared/needs/needs.schemas';
import { describe, expect, it } from 'vitest';
import { needMatchesState } from './need-matches-state';

const someMatch = {} as Match;
const looked = { matchedAt: '2027-01-01T00:00:00Z', noDomesticSupplier: false };

describe('needMatchesState', () => {
  it('says matching is still to come for drafts and over for needs no longer open', () => {
    const none = { items: [], ...looked };
    expect(
      Object.fromEntries(NEED_STATUSES.map((status) => [status, needMatchesState(status, none)])),
    ).toEqual({
      draft: 'draft',
      open: 'empty',
      awarded: 'finished',
      closed: 'finished',
      cancelled: 'finished',
      expired: 'finished',
    });
    expect(needMatchesState('closed', { items: [someMatch], ...looked })).toBe('listed');
  });

  it('says matching is under way until it has looked at an open need, whatever else the list holds', () => {
    expect(needMatchesState('open', { items: [], matchedAt: null, noDomesticSupplier: false })).toBe(
      'matching',
    );
  });

  it('reports no domestic supplier even when possible matches are listed', () => {
    const gap = { matchedAt: looked.matchedAt, noDomesticSupplier: true };
    expect(needMatchesState('open', { items: [], ...gap })).toBe('noSupplier');
    expect(needMatchesState('open', { items: [someMatch], ...gap })).toBe('noSupplier');
    expect(needMatchesState('open', { items: [someMatch], ...looked })).toBe('listed');
  });
});
