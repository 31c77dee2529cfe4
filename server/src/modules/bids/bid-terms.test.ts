import { describe, expect, it } from 'vitest';
import { compareDecimals, termsErrors } from './bid-terms';

describe('compareDecimals', () => {
  it('compares decimal strings exactly, whatever their scale', () => {
    expect(compareDecimals('1200', '1200.000')).toBe(0);
    expect(compareDecimals('0.1', '0.09')).toBe(1);
    expect(compareDecimals('999.999', '1000')).toBe(-1);
    expect(compareDecimals('12345678901234.567', '12345678901234.566')).toBe(1);
  });
});

describe('termsErrors', () => {
  it('refuses a quantity above the need and a date in the past, naming the fields', () => {
    expect(termsErrors({ quantity: '1200.001', validUntil: '2025-12-31' }, '1200.000', '2026-01-01')).toEqual(
      [
        { path: 'quantity', message: "must not exceed the need's quantity (1200)" },
        { path: 'validUntil', message: 'must not be in the past' },
      ],
    );
  });

  it('accepts the whole quantity valid through today', () => {
    expect(termsErrors({ quantity: '1200', validUntil: '2026-01-01' }, '1200.000', '2026-01-01')).toEqual([]);
  });
});
