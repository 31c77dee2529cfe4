import { describe, expect, it } from 'vitest';
import { labelledFigures, type LabelledMatch } from './evaluation';

const row = (
  needId: string,
  capabilityId: string,
  score: number,
  notified: boolean,
  relevant: boolean,
): LabelledMatch => ({
  needId,
  capabilityId,
  score,
  notified,
  relevant,
});

describe('figures against labelled matches', () => {
  const rows = [
    // Need a: two alerts, one right; a relevant possible match was not alerted.
    row('a', '1', 0.9, true, true),
    row('a', '2', 0.8, true, false),
    row('a', '3', 0.4, false, true),
    // Need b: one right alert, one wrong possible match.
    row('b', '4', 0.7, true, true),
    row('b', '5', 0.3, false, false),
  ];

  it('counts right alerts among alerts, and alerted pairs among the relevant ones', () => {
    const figures = labelledFigures(rows, 2);
    expect(figures).toMatchObject({ labelled: 5, needs: 2, k: 2 });
    expect(figures.notifyPrecision).toBeCloseTo(2 / 3);
    expect(figures.notifyRecall).toBeCloseTo(2 / 3);
  });

  it('ranks each need by score and counts relevant ones among its first k', () => {
    // a: {1 ✓, 2 ✗} → 0.5; b: {4 ✓, 5 ✗} → 0.5.
    expect(labelledFigures(rows, 2).precisionAtK).toBeCloseTo(0.5);
    // k = 1: a → 1, b → 1.
    expect(labelledFigures(rows, 1).precisionAtK).toBe(1);
  });

  it('says nothing it cannot know', () => {
    const none = labelledFigures([]);
    expect(none.notifyPrecision).toBeNaN();
    expect(none.notifyRecall).toBeNaN();
    expect(none.precisionAtK).toBeNaN();
  });
});
