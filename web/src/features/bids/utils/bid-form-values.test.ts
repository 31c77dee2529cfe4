import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import { createBidSchema } from '@zamena/shared/bids/bids.schemas';
import { describe, expect, it } from 'vitest';
import {
  estimateTotal,
  initialBidValues,
  suggestCapability,
  toBidInput,
  toBidPatch,
} from './bid-form-values';
import { initialTermsValues } from '../../../components/bid-terms/bid-terms-values';

const terms = initialTermsValues(undefined);

describe('the bid form', () => {
  it('starts a new offer with the whole quantity and thirty days of validity', () => {
    const values = initialBidValues({ quantity: '1200' }, undefined, new Date('2026-12-20T10:00:00Z'));
    expect(values.quantity).toBe('1200');
    expect(values.validUntil).toBe('2027-01-19');
    expect(values.unitPrice).toBe('');
  });

  it('turns the typed strings into what the shared schema accepts', () => {
    const input = toBidInput({
      unitPrice: '790,50',
      quantity: ' 1200 ',
      leadTimeDays: '40',
      validUntil: '2030-01-15',
      comment: 'Поставка партиями',
      capabilityId: '',
      ...terms,
    });
    expect(input).toEqual({
      unitPrice: '790,50',
      quantity: '1200',
      leadTimeDays: 40,
      validUntil: '2030-01-15',
      comment: 'Поставка партиями',
      capabilityId: undefined,
      vatRate: '20',
      priceIncludesVat: true,
      deliveryBasis: 'buyer_site',
      deliveryCost: null,
      prepaymentPercent: null,
      paymentDays: null,
      warrantyMonths: null,
      schedule: null,
    });
    // The schema reads the decimal comma itself, so what is sent is the plain decimal.
    expect(createBidSchema.parse(input)).toMatchObject({ unitPrice: '790.50', quantity: '1200' });
    expect(toBidPatch(createBidSchema.parse(input)).capabilityId).toBeNull();
  });

  it('refuses a lead time with decimals and an empty price', () => {
    const result = createBidSchema.safeParse(
      toBidInput({
        unitPrice: '',
        quantity: '1',
        leadTimeDays: '4.5',
        validUntil: '2030-01-15',
        comment: '',
        capabilityId: '',
        ...terms,
      }),
    );
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['unitPrice', 'leadTimeDays']));
  });

  it('estimates the total exactly, rounding to kopecks', () => {
    expect(estimateTotal('790.00', '1200')).toBe('948000.00');
    expect(estimateTotal('0.333', '3')).toBe('1.00');
    expect(estimateTotal('0.005', '1')).toBe('0.01');
    expect(estimateTotal('12.5', '0.125')).toBe('1.56');
    expect(estimateTotal('999999999999999.99', '1000')).toBe('999999999999999990.00');
    expect(estimateTotal('abc', '1')).toBeNull();
    expect(estimateTotal('1 200,50 ₽', '2')).toBe('2401.00');
    expect(estimateTotal('1,2,3', '2')).toBeNull();
  });

  it('suggests the capability sharing the deepest OKPD2 prefix with the need', () => {
    const capabilities = [
      { id: 'far', okpd2: ['25.73.40'] },
      { id: 'group', okpd2: ['28.15'] },
      { id: 'exact', okpd2: ['28.15.10.120'] },
    ] as Capability[];
    expect(suggestCapability({ okpd2: '28.15.10.120' }, capabilities)).toBe('exact');
    expect(suggestCapability({ okpd2: '28.15.20' }, capabilities)).toBe('group');
    expect(suggestCapability({ okpd2: '10.11' }, capabilities)).toBe('');
  });
});
