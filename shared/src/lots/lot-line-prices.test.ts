import { describe, expect, it } from 'vitest';
import { unitPriceForLine, weightedUnitPrice } from './lot-line-prices';

describe('weightedUnitPrice', () => {
  it('averages the line prices by quantity, exactly, rounding half up to kopecks', () => {
    expect(
      weightedUnitPrice([
        { quantity: '100', unitPrice: '10.00' },
        { quantity: '300', unitPrice: '20.00' },
      ]),
    ).toBe('17.50');
    // (1 × 0.01 + 2 × 0.02) / 3 = 0.01666…
    expect(
      weightedUnitPrice([
        { quantity: '1', unitPrice: '0.01' },
        { quantity: '2', unitPrice: '0.02' },
      ]),
    ).toBe('0.02');
    expect(weightedUnitPrice([{ quantity: '0.5', unitPrice: '999999999.99' }])).toBe('999999999.99');
    expect(weightedUnitPrice([])).toBe('0.00');
  });
});

describe('unitPriceForLine', () => {
  const bid = { unitPrice: '15.00', linePrices: [{ line: '7208', unitPrice: '12.00' }] };
  it('takes the line price, else the single unit price', () => {
    expect(unitPriceForLine(bid, '7208')).toBe('12.00');
    expect(unitPriceForLine(bid, '')).toBe('15.00');
    expect(unitPriceForLine({ unitPrice: '9.00', linePrices: null }, '7208')).toBe('9.00');
  });
});
