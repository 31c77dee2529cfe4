import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';
import { describe, expect, it } from 'vitest';
import { compareDecimalStrings, nextSort, sortBids } from './bid-sort';

function bid(
  id: string,
  overrides: Partial<ComparedBid> & { distanceKm?: number | null; matchScore?: string | null },
) {
  const { distanceKm = 100, matchScore = '0.5000', ...rest } = overrides;
  return {
    id,
    unitPrice: '100.00',
    total: '1000.00',
    leadTimeDays: 30,
    comparison: {
      slackDays: 0,
      distanceKm,
      interregional: false,
      bidderVerified: true,
      localization: null,
      matchScore,
    },
    ...rest,
  } as ComparedBid;
}

const ids = (bids: ComparedBid[]) => bids.map((b) => b.id);

describe('comparing decimal strings', () => {
  it('orders money exactly, beyond what a float would keep', () => {
    expect(compareDecimalStrings('9999999999999.99', '9999999999999.98')).toBe(1);
    expect(compareDecimalStrings('790', '790.00')).toBe(0);
    expect(compareDecimalStrings('0.5', '12')).toBe(-1);
  });
});

describe('sorting bids for the comparison table', () => {
  const bids = [
    bid('a', { unitPrice: '850.00', leadTimeDays: 20, distanceKm: 2300, matchScore: '0.8100' }),
    bid('b', { unitPrice: '790.00', leadTimeDays: 40, distanceKm: null, matchScore: null }),
    bid('c', { unitPrice: '1200.50', leadTimeDays: 10, distanceKm: 180, matchScore: '0.9200' }),
  ];

  it('sorts by price numerically, not as text', () => {
    expect(ids(sortBids(bids, { key: 'unitPrice', direction: 'ascending' }))).toEqual(['b', 'a', 'c']);
    expect(ids(sortBids(bids, { key: 'unitPrice', direction: 'descending' }))).toEqual(['c', 'a', 'b']);
  });

  it('puts bids without a distance or score last in both directions', () => {
    expect(ids(sortBids(bids, { key: 'distance', direction: 'ascending' }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortBids(bids, { key: 'distance', direction: 'descending' }))).toEqual(['a', 'c', 'b']);
    expect(ids(sortBids(bids, { key: 'score', direction: 'descending' }))).toEqual(['c', 'a', 'b']);
  });

  it('ranks by the delivered price with VAT, bids without terms by unit price, ties by lead time', () => {
    const priced = [
      bid('pickup', { unitPrice: '835.00', deliveredUnitPriceWithVat: '1002.00', leadTimeDays: 30 }),
      bid('old', { unitPrice: '800.00', deliveredUnitPriceWithVat: null, leadTimeDays: 30 }),
      bid('slow', { unitPrice: '790.00', deliveredUnitPriceWithVat: '790.00', leadTimeDays: 60 }),
      bid('fast', { unitPrice: '658.33', deliveredUnitPriceWithVat: '790.00', leadTimeDays: 20 }),
    ];
    expect(ids(sortBids(priced, { key: 'delivered', direction: 'ascending' }))).toEqual([
      'fast',
      'slow',
      'old',
      'pickup',
    ]);
  });

  it('keeps the original order of ties', () => {
    const tied = [bid('x', {}), bid('y', {}), bid('z', {})];
    expect(ids(sortBids(tied, { key: 'total', direction: 'descending' }))).toEqual(['x', 'y', 'z']);
  });

  it('flips the sorted column and starts another one in its natural direction', () => {
    expect(nextSort({ key: 'unitPrice', direction: 'ascending' }, 'unitPrice').direction).toBe('descending');
    expect(nextSort({ key: 'unitPrice', direction: 'ascending' }, 'score')).toEqual({
      key: 'score',
      direction: 'descending',
    });
  });
});
