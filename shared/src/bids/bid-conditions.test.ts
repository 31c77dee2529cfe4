import { describe, expect, it } from 'vitest';
import { bidConditionsErrors } from './bid-conditions';

const terms = { vatRate: '20', priceIncludesVat: true, deliveryBasis: 'buyer_site' } as const;

describe('bidConditionsErrors', () => {
  it('accepts a bid without terms (made before they existed)', () => {
    expect(bidConditionsErrors({ quantity: '600' }, '2027-06-01', '2027-01-10')).toEqual([]);
  });

  it('asks for VAT and delivery basis once any term is given', () => {
    expect(bidConditionsErrors({ quantity: '600', warrantyMonths: 12 }, null, '2027-01-10')).toEqual([
      { path: 'vatRate', message: 'is required once terms are given' },
      { path: 'priceIncludesVat', message: 'is required once terms are given' },
      { path: 'deliveryBasis', message: 'is required once terms are given' },
    ]);
  });

  it('refuses a delivery cost for pick-up', () => {
    expect(
      bidConditionsErrors({ ...terms, deliveryBasis: 'pickup', deliveryCost: '100.00' }, null, '2027-01-10'),
    ).toEqual([{ path: 'deliveryCost', message: 'must be left out for pick-up at the supplier' }]);
  });

  it('refuses a schedule that does not add up, and dates outside today..needed-by', () => {
    const schedule = [
      { date: '2027-01-09', quantity: '200' },
      { date: '2027-03-01', quantity: '300.5' },
      { date: '2027-07-01', quantity: '99.4' },
    ];
    expect(bidConditionsErrors({ ...terms, quantity: '600', schedule }, '2027-06-01', '2027-01-10')).toEqual([
      { path: 'schedule.0.date', message: 'must not be in the past' },
      { path: 'schedule.2.date', message: "must not be after the need's date (2027-06-01)" },
      { path: 'schedule', message: "must add up to the bid's quantity (600), not 599.9" },
    ]);
  });

  it('accepts a schedule adding up exactly', () => {
    const schedule = [
      { date: '2027-01-10', quantity: '300.25' },
      { date: '2027-06-01', quantity: '299.75' },
    ];
    expect(
      bidConditionsErrors({ ...terms, quantity: '600.000', schedule }, '2027-06-01', '2027-01-10'),
    ).toEqual([]);
  });
});
