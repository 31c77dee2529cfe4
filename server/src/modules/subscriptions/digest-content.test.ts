import { describe, expect, it } from 'vitest';
import { digestSince, onceEach, type DigestSection } from './digest-content';

const section = (id: string, needs: string[], lots: string[] = []) =>
  ({
    subscription: { id },
    since: new Date(0),
    needs: needs.map((need) => ({ id: need })),
    lots: lots.map((lot) => ({ id: lot })),
  }) as unknown as DigestSection;

describe('digest content', () => {
  it('lists each need and lot once, under the first subscription, dropping emptied sections', () => {
    const result = onceEach([
      section('a', ['n1', 'n2'], ['l1']),
      section('b', ['n2'], ['l1']),
      section('c', ['n2', 'n3']),
    ]);
    expect(result.map((s) => [s.subscription.id, s.needs.map((n) => n.id), s.lots.map((l) => l.id)])).toEqual(
      [
        ['a', ['n1', 'n2'], ['l1']],
        ['c', ['n3'], []],
      ],
    );
  });

  it('starts from the last digest, or seven days back', () => {
    const until = new Date('2030-01-08T06:00:00Z');
    expect(digestSince({ lastDigestAt: null }, until).toISOString()).toBe('2030-01-01T06:00:00.000Z');
    const last = new Date('2030-01-07T06:00:00Z');
    expect(digestSince({ lastDigestAt: last }, until)).toBe(last);
  });
});
