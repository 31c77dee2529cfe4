import { describe, expect, it } from 'vitest';
import { isPositiveDecimal, trimDecimal } from './decimal';

describe('decimal strings', () => {
  it('drops trailing fractional zeros but keeps integer zeros', () => {
    expect(trimDecimal('1200.000')).toBe('1200');
    expect(trimDecimal('12.500')).toBe('12.5');
    expect(trimDecimal('1200')).toBe('1200');
    expect(trimDecimal('100')).toBe('100');
    expect(trimDecimal('0.000')).toBe('0');
  });

  it('tells a positive amount from zero', () => {
    expect(isPositiveDecimal('0.001')).toBe(true);
    expect(isPositiveDecimal('0.000')).toBe(false);
    expect(isPositiveDecimal('0')).toBe(false);
  });
});
