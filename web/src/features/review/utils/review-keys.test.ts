import { describe, expect, it } from 'vitest';
import { reviewKeyAction } from './review-keys';

const press = (key: string, extra: Partial<Parameters<typeof reviewKeyAction>[0]> = {}) =>
  reviewKeyAction({ key, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra });

describe('review queue keys', () => {
  it('moves with j/k and the arrows, decides with a and d', () => {
    expect(press('j')).toBe('next');
    expect(press('ArrowDown')).toBe('next');
    expect(press('k')).toBe('previous');
    expect(press('ArrowUp')).toBe('previous');
    expect(press('a')).toBe('approve');
    expect(press('d')).toBe('dismiss');
  });

  it('understands the same keys on a Russian keyboard layout', () => {
    expect(press('о')).toBe('next');
    expect(press('ф')).toBe('approve');
    expect(press('в')).toBe('dismiss');
  });

  it('ignores keys held with a modifier and keys typed into a field', () => {
    expect(press('a', { ctrlKey: true })).toBeNull();
    expect(press('d', { metaKey: true })).toBeNull();
    const field = { closest: (selector: string) => (selector.includes('input') ? {} : null) };
    expect(press('a', { target: field as unknown as EventTarget })).toBeNull();
    expect(press('x')).toBeNull();
  });
});
