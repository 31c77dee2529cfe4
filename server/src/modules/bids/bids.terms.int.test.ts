import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, bidBody, bidTerms, openNeed, postBid } from '../../../test/bids-fixtures';
import { register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let suppliers: Registered[];
let bystander: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  buyer = await register(ctx.app, { regionCode: '62' });
  suppliers = [
    await register(ctx.app, { regionCode: '66' }),
    await register(ctx.app, { regionCode: '52' }),
    await register(ctx.app, { regionCode: '77' }),
  ];
  bystander = await register(ctx.app, { regionCode: '50' });
});
afterAll(() => ctx.close());

const call = (...args: Parameters<typeof api> extends [unknown, ...infer Rest] ? Rest : never) =>
  api(ctx.app, ...args);

describe('bid terms (DESIGN.md §5 "Bid terms")', () => {
  it('stores the terms and reads back the delivered unit price with VAT and how it was computed', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, suppliers[0]!.token, need.id, {
      unitPrice: '1000.00',
      ...bidTerms({ priceIncludesVat: false, deliveryCost: '30000.00' }),
    });
    expect(bid).toMatchObject({
      terms: {
        vatRate: '20',
        priceIncludesVat: false,
        deliveryBasis: 'buyer_site',
        deliveryCost: '30000.00',
        prepaymentPercent: 30,
        paymentDays: 30,
        warrantyMonths: 12,
        schedule: [
          { date: '2029-11-01', quantity: '600' },
          { date: '2030-01-15', quantity: '600' },
        ],
      },
      // (1 000 + 30 000 ÷ 1 200) × 1.2
      deliveredUnitPriceWithVat: '1230.00',
      priceBreakdown: {
        unitPriceWithoutVat: '1000.00',
        deliveryPerUnit: '25.00',
        vatPerUnit: '205.00',
        deliveredUnitPriceWithVat: '1230.00',
      },
    });
    const read = await call('GET', `/bids/${bid.id}`, suppliers[0]!.token);
    expect(read.json().deliveredUnitPriceWithVat).toBe('1230.00');
  });

  it('refuses a schedule that does not add up to the quantity, naming the field', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const response = await call(
      'POST',
      `/needs/${need.id}/bids`,
      suppliers[0]!.token,
      bidBody(bidTerms({ schedule: [{ date: '2029-11-01', quantity: '1100' }] })),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'schedule', message: "must add up to the bid's quantity (1200), not 1100" },
    ]);
  });

  it('refuses a revision whose new quantity leaves the kept schedule short', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, suppliers[0]!.token, need.id, bidTerms());
    const response = await call('PATCH', `/bids/${bid.id}`, suppliers[0]!.token, { quantity: '1000' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(['schedule']);
  });

  it('refuses schedule dates after the need date and terms given by halves, every field at once', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const response = await call('POST', `/needs/${need.id}/bids`, suppliers[0]!.token, {
      ...bidBody(),
      deliveryBasis: 'pickup',
      deliveryCost: '100.00',
      schedule: [{ date: '2030-03-02', quantity: '1200' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual([
      'vatRate',
      'priceIncludesVat',
      'deliveryCost',
      'schedule.0.date',
    ]);
  });

  it('ranks by the delivered price with VAT, then lead time; bids without terms by unit price', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    // 790 "with VAT 20 %, delivery included": 790.00 delivered.
    const included = await postBid(ctx.app, suppliers[0]!.token, need.id, {
      unitPrice: '790.00',
      ...bidTerms(),
    });
    // 835 "without VAT, pick-up" at 20 %: 1 002.00 with VAT.
    const pickup = await postBid(ctx.app, suppliers[1]!.token, need.id, {
      unitPrice: '835.00',
      ...bidTerms({ priceIncludesVat: false, deliveryBasis: 'pickup' }),
    });
    // A bid made before terms existed: ranks by its 800.00.
    const old = await postBid(ctx.app, suppliers[2]!.token, need.id, { unitPrice: '800.00' });
    expect(old).toMatchObject({ terms: null, deliveredUnitPriceWithVat: null, priceBreakdown: null });

    const delivered = await call('GET', `/needs/${need.id}/bids?sort=delivered`, buyer.token);
    expect(delivered.statusCode).toBe(200);
    expect(
      delivered
        .json()
        .items.map((bid: { id: string; deliveredUnitPriceWithVat: string | null }) => [
          bid.id,
          bid.deliveredUnitPriceWithVat,
        ]),
    ).toEqual([
      [included.id, '790.00'],
      [old.id, null],
      [pickup.id, '1002.00'],
    ]);

    // The same 835 not subject to VAT (a simplified-tax supplier): 835.00 delivered, still above 800.
    await call('PATCH', `/bids/${pickup.id}`, suppliers[1]!.token, { vatRate: 'none' });
    const after = await call('GET', `/needs/${need.id}/bids?sort=delivered`, buyer.token);
    expect(
      after
        .json()
        .items.map((bid: { deliveredUnitPriceWithVat: string | null }) => bid.deliveredUnitPriceWithVat),
    ).toEqual(['790.00', null, '835.00']);
  });

  it('breaks a tie in delivered price by the shorter lead time', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    // 900 without VAT at 10 % = 990.00; 990 with VAT included = 990.00.
    const slow = await postBid(ctx.app, suppliers[0]!.token, need.id, {
      unitPrice: '900.00',
      leadTimeDays: 60,
      ...bidTerms({ vatRate: '10', priceIncludesVat: false }),
    });
    const fast = await postBid(ctx.app, suppliers[1]!.token, need.id, {
      unitPrice: '990.00',
      leadTimeDays: 20,
      ...bidTerms(),
    });
    const response = await call('GET', `/needs/${need.id}/bids?sort=delivered`, buyer.token);
    expect(response.json().items.map((bid: { id: string }) => bid.id)).toEqual([fast.id, slow.id]);
  });

  it('keeps a bid with its terms hidden from another organization', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, suppliers[0]!.token, need.id, bidTerms());
    expect((await call('GET', `/bids/${bid.id}`, bystander.token)).statusCode).toBe(404);
    const listed = await call('GET', `/needs/${need.id}/bids?sort=delivered`, bystander.token);
    expect(listed.json().items).toEqual([]);
  });
});
