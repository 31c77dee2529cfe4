import { describe, expect, it } from 'vitest';
import { createLotBidSchema, lotBidFormSchema } from './lots.schemas';

const bid = { unitPrice: '95.50', quantity: '250', leadTimeDays: 45, validUntil: '2030-06-30' };
const terms = {
  vatRate: '20',
  priceIncludesVat: false,
  deliveryBasis: 'buyer_site',
  deliveryCost: '1234.56',
};

describe('lot bid terms', () => {
  it('keeps a lot bid without terms valid, as API clients before terms send it', () => {
    const parsed = createLotBidSchema.parse(bid);
    expect(parsed).toEqual({ ...bid, comment: '' });
  });

  it('takes the need bid terms, refused by the same rules: a schedule that does not add up is named', () => {
    const form = lotBidFormSchema('2029-01-01');
    expect(
      form.safeParse({ ...bid, ...terms, schedule: [{ date: '2029-11-01', quantity: '250' }] }).success,
    ).toBe(true);
    const short = form.safeParse({ ...bid, ...terms, schedule: [{ date: '2029-11-01', quantity: '200' }] });
    expect(short.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['schedule', "must add up to the bid's quantity (250), not 200"],
    ]);
    const halves = form.safeParse({ ...bid, deliveryBasis: 'pickup', deliveryCost: '10.00' });
    expect(halves.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'vatRate',
      'priceIncludesVat',
      'deliveryCost',
    ]);
  });
});
