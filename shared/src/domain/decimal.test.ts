import { describe, expect, it } from 'vitest';
import { compareDecimals, isPositiveDecimal, parseDecimalInput, trimDecimal } from './decimal';

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

describe('parseDecimalInput', () => {
  it.each([
    ['12', '12'],
    ['12,5', '12.5'],
    ['12.5', '12.5'],
    [' 12,5 ', '12.5'],
    ['1 200,50', '1200.50'],
    ['1\u00a0200,50', '1200.50'],
    ['1\u202f200,50', '1200.50'],
    ['1\u2009200,50', '1200.50'],
    ['1 200,50 ₽', '1200.50'],
    ['1 200,50₽', '1200.50'],
    ['850 руб.', '850'],
    ['850 руб', '850'],
    ['850,5 р.', '850.5'],
    ['5 RUB', '5'],
    ['1,200.50', '1200.50'],
    ['1.200,50', '1200.50'],
    ['1 234 567,891', '1234567.891'],
    ["1'200.5", '1200.5'],
    [',5', '0.5'],
    ['0,001', '0.001'],
    ['−5', '-5'],
    ['-12,5', '-12.5'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDecimalInput(input)).toBe(expected);
  });

  it.each([
    '1,2,3',
    '12.5.1',
    '1.2,3.4',
    '1,2.5',
    '12a',
    'abc',
    '1e5',
    '',
    ' ',
    '12,',
    '₽',
    '12 $',
    '0x1A',
    '--5',
  ])('refuses %j', (input) => {
    expect(parseDecimalInput(input)).toBeUndefined();
  });
});

describe('compareDecimals', () => {
  it('compares exactly at three decimals', () => {
    expect(compareDecimals('1200', '1200.000')).toBe(0);
    expect(compareDecimals('0.1', '0.09')).toBe(1);
    expect(compareDecimals('999.999', '1000')).toBe(-1);
  });
});
