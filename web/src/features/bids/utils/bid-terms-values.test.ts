import { bidFormSchema } from '@zamena/shared/bids/bid-terms';
import { describe, expect, it } from 'vitest';
import { initialBidValues, toBidInput } from './bid-form-values';
import {
  initialTermsValues,
  previewDeliveredPrice,
  remainingToSchedule,
  toTermsInput,
  type TermsFormValues,
} from '../../../components/bid-terms/bid-terms-values';

const base = initialTermsValues(undefined);
const withLines = (lines: [string, string][]): TermsFormValues => {
  const values: TermsFormValues = { ...base, schedule: String(lines.length) };
  lines.forEach(([date, quantity], index) => {
    values[`schedule.${index}.date`] = date;
    values[`schedule.${index}.quantity`] = quantity;
  });
  return values;
};

describe('the terms part of the bid form', () => {
  it('sends a delivery cost only when delivery is priced separately', () => {
    expect(toTermsInput({ ...base, deliveryIncluded: 'true', deliveryCost: '100' }).deliveryCost).toBeNull();
    expect(toTermsInput({ ...base, deliveryIncluded: 'false', deliveryCost: ' 15 000 ' }).deliveryCost).toBe(
      '15 000',
    );
    expect(
      toTermsInput({ ...base, deliveryBasis: 'pickup', deliveryIncluded: 'false', deliveryCost: '1' })
        .deliveryCost,
    ).toBeNull();
  });

  it('shows what is left to schedule, exactly, and an overrun as negative', () => {
    expect(remainingToSchedule('1200', withLines([['2030-01-01', '500,5']]))).toBe('699.5');
    expect(remainingToSchedule('1200', withLines([['2030-01-01', '1200']]))).toBe('0');
    expect(remainingToSchedule('1200', withLines([['2030-01-01', '1300']]))).toBe('-100');
    expect(remainingToSchedule('1200', withLines([['2030-01-01', 'x']]))).toBeNull();
  });

  it('previews the delivered price the buyer will compare', () => {
    const priced = { ...base, priceIncludesVat: 'false', deliveryIncluded: 'false', deliveryCost: '30 000' };
    expect(previewDeliveredPrice('1 000', '1200', priced)?.deliveredUnitPriceWithVat).toBe('1230.00');
    expect(previewDeliveredPrice('', '1200', priced)).toBeNull();
  });

  it('names every problem at once: a schedule that does not add up and an empty delivery cost', () => {
    const values = {
      ...initialBidValues({ quantity: '1200' }, undefined, new Date('2029-01-01T00:00:00Z')),
      unitPrice: '790',
      leadTimeDays: '',
      ...withLines([['2029-02-01', '1000']]),
      deliveryIncluded: 'false',
    };
    const result = bidFormSchema('1200', '2029-01-01', '2030-03-01').safeParse(toBidInput(values));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'leadTimeDays',
      'deliveryCost',
    ]);
    const fixed = bidFormSchema('1200', '2029-01-01', '2030-03-01').safeParse(
      toBidInput({ ...values, leadTimeDays: '30', deliveryIncluded: 'true' }),
    );
    expect(fixed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['schedule', "must add up to the bid's quantity (1200), not 1000"],
    ]);
  });
});
