import { describe, expect, it } from 'vitest';
import { bidFormSchema, bidTermsErrors } from './bid-terms';

const bid = { unitPrice: '790,00', quantity: '100', leadTimeDays: 30, validUntil: '2027-01-31' };

describe('bid terms against the need', () => {
  it('refuses more than the need asks and an offer valid only in the past', () => {
    expect(
      bidTermsErrors({ quantity: '100.001', validUntil: '2027-01-09' }, '100.000', '2027-01-10'),
    ).toEqual([
      { path: 'quantity', message: "must not exceed the need's quantity (100)" },
      { path: 'validUntil', message: 'must not be in the past' },
    ]);
    expect(bidTermsErrors({ quantity: '100', validUntil: '2027-01-10' }, '100.000', '2027-01-10')).toEqual(
      [],
    );
  });

  it('reports every error of the form at once, its own and those against the need', () => {
    const result = bidFormSchema('50', '2027-02-01').safeParse({ ...bid, leadTimeDays: undefined });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'quantity',
      'leadTimeDays',
      'validUntil',
    ]);
  });

  it('takes a price typed with a comma and spaces', () => {
    const parsed = bidFormSchema('1000', '2027-01-01').parse({
      ...bid,
      unitPrice: '1 200,50 ₽',
      quantity: '12,5',
    });
    expect(parsed).toMatchObject({ unitPrice: '1200.50', quantity: '12.5' });
  });
});
