import { describe, expect, it } from 'vitest';
import { splitAward, sumQuantities } from './lot-award-split';

const needs = [
  { id: 'b', neededBy: '2027-03-01', remaining: '300' },
  { id: 'a', neededBy: '2027-02-01', remaining: '200.5' },
  { id: 'c', neededBy: '2027-03-01', remaining: '0' },
];

describe('splitAward', () => {
  it('fills the needs earliest needed-by first, carrying an award across needs', () => {
    expect(splitAward(needs, [{ lotBidId: 'x', quantity: '500.5' }])).toEqual({
      shares: [
        { lotBidId: 'x', needId: 'a', quantity: '200.5' },
        { lotBidId: 'x', needId: 'b', quantity: '300' },
      ],
      unplaced: '0',
    });
  });

  it('lets a second award take what the first left of a need', () => {
    const { shares } = splitAward(needs, [
      { lotBidId: 'x', quantity: '100' },
      { lotBidId: 'y', quantity: '150.5' },
    ]);
    expect(shares).toEqual([
      { lotBidId: 'x', needId: 'a', quantity: '100' },
      { lotBidId: 'y', needId: 'a', quantity: '100.5' },
      { lotBidId: 'y', needId: 'b', quantity: '50' },
    ]);
    expect(sumQuantities(shares.map((share) => share.quantity))).toBe('250.5');
  });

  it('reports what no need can take instead of exceeding a need', () => {
    const split = splitAward(needs, [{ lotBidId: 'x', quantity: '600' }]);
    expect(split.unplaced).toBe('99.5');
    expect(sumQuantities(split.shares.map((share) => share.quantity))).toBe('500.5');
  });
});
