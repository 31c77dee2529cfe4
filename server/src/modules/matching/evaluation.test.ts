import { describe, expect, it } from 'vitest';
import { precisionAtK, type ReviewedMatch } from './evaluation';
import { MATCHING_CONFIG } from './scoring';

const components = (classification: number, text: number) => ({
  classification,
  text,
  capacity: 1,
  leadTime: 1,
  distance: 1,
  trust: 1,
});
const match = (
  needId: string,
  capabilityId: string,
  c: number,
  t: number,
  approved: boolean,
): ReviewedMatch => ({
  needId,
  capabilityId,
  components: components(c, t),
  approved,
});

describe('precision@k', () => {
  const reviewed = [
    // Need a: the two approved rank first under the default weights; the rest fill the top 5.
    match('a', '1', 1, 1, true),
    match('a', '2', 0.9, 1, true),
    match('a', '3', 0.5, 0, false),
    match('a', '4', 0.5, 0, false),
    match('a', '5', 0.5, 0, false),
    match('a', '6', 0.5, 0, true),
    // Need b: two reviews, one approved.
    match('b', '7', 1, 0, false),
    match('b', '8', 0.5, 0, true),
  ];

  it('ranks each need by the weights and counts approved matches among the first k', () => {
    const result = precisionAtK(reviewed, MATCHING_CONFIG.weights, 5);
    expect(result.perNeed).toEqual([
      { needId: 'a', reviewed: 6, relevant: 2, precision: 0.4 },
      { needId: 'b', reviewed: 2, relevant: 1, precision: 0.5 },
    ]);
    expect(result.macro).toBeCloseTo(0.45, 10);
    expect(result.micro).toBeCloseTo(3 / 7, 10);
  });

  it('changes with the weights', () => {
    const textOnly = { classification: 0, text: 1, capacity: 0, leadTime: 0, distance: 0, trust: 0 };
    const result = precisionAtK(reviewed, textOnly, 1);
    expect(result.perNeed.map((need) => need.precision)).toEqual([1, 0]);
  });

  it('is NaN without reviews', () => {
    expect(precisionAtK([], MATCHING_CONFIG.weights).macro).toBeNaN();
  });
});
