import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, openNeed, postBid } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin, type Registered } from '../../../test/fixtures';
import { liveLot, rebuildLots } from '../../../test/lots-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
let buyer62: Registered;
let buyer66: Registered;
let makers: Registered[];
let lotId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  buyer62 = await register(ctx.app, { regionCode: '62' });
  buyer66 = await register(ctx.app, { regionCode: '66' });
  makers = [];
  for (const regionCode of ['52', '50', '16', '63']) makers.push(await register(ctx.app, { regionCode }));
  const okpd2 = '28.15.10.120';
  await openNeed(ctx.app, buyer62.token, {
    okpd2,
    deliveryRegionCode: '62',
    quantity: '100',
    neededBy: '2030-03-01',
  });
  await openNeed(ctx.app, buyer66.token, {
    okpd2,
    deliveryRegionCode: '66',
    quantity: '150',
    neededBy: '2030-02-01',
  });
  await rebuildLots(ctx.database);
  lotId = (await liveLot(ctx.database, okpd2.slice(0, 8)))!.id;
  const published = await api(ctx.app, 'POST', `/lots/${lotId}/publish`, analyst.token);
  if (published.statusCode !== 200) throw new Error(published.body);
});
afterAll(() => ctx.close());

const base = { unitPrice: '95.50', quantity: '250', leadTimeDays: 45, validUntil: '2030-06-30' };
const terms = {
  vatRate: '20',
  priceIncludesVat: false,
  deliveryBasis: 'buyer_site',
  deliveryCost: '1234.56',
  prepaymentPercent: 30,
  paymentDays: 45,
  warrantyMonths: 18,
  schedule: [
    { date: '2029-11-01', quantity: '150' },
    { date: '2030-01-15', quantity: '100' },
  ],
};
const bid = (token: string, body: object) => api(ctx.app, 'POST', `/lots/${lotId}/bids`, token, body);

describe('lot bid terms', () => {
  let withTerms: string;

  it('reads back the terms and the exact delivered unit price with VAT', async () => {
    const response = await bid(makers[0]!.token, { ...base, ...terms });
    expect(response.statusCode, response.body).toBe(201);
    withTerms = response.json().id;
    const expected = {
      terms: { ...terms, schedule: terms.schedule },
      // (95.50 + 1 234.56 ÷ 250) × 1.2 = (95.50 + 4.93824) × 1.2 = 120.525888
      deliveredUnitPriceWithVat: '120.53',
      priceBreakdown: {
        unitPriceWithoutVat: '95.50',
        deliveryPerUnit: '4.94',
        vatPerUnit: '20.09',
        deliveredUnitPriceWithVat: '120.53',
      },
    };
    expect(response.json()).toMatchObject(expected);
    const list = await api(ctx.app, 'GET', `/lots/${lotId}/bids`, analyst.token);
    expect(list.json().items.find((item: { id: string }) => item.id === withTerms)).toMatchObject(expected);
  });

  it('keeps a bid without terms valid: terms and delivered price null', async () => {
    const response = await bid(makers[1]!.token, { ...base, unitPrice: '99.00' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      terms: null,
      deliveredUnitPriceWithVat: null,
      priceBreakdown: null,
    });
  });

  it('refuses a schedule that does not add up to the quantity, naming the field', async () => {
    const response = await bid(makers[2]!.token, {
      ...base,
      ...terms,
      schedule: [{ date: '2029-11-01', quantity: '200' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'schedule', message: "must add up to the bid's quantity (250), not 200" },
    ]);
  });

  it('refuses terms given by halves and a delivery cost for pick-up, every field at once', async () => {
    const response = await bid(makers[2]!.token, { ...base, deliveryBasis: 'pickup', deliveryCost: '10.00' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual([
      'vatRate',
      'priceIncludesVat',
      'deliveryCost',
    ]);
  });

  it('gives the orders of an award the lot bid terms (no schedule for a share of the bid)', async () => {
    const response = await api(
      ctx.app,
      'POST',
      `/lots/${lotId}/awards`,
      analyst.token,
      { awards: [{ lotBidId: withTerms, quantity: '250' }] },
      { 'idempotency-key': randomUUID() },
    );
    expect(response.statusCode, response.body).toBe(201);
    const orders: { id: string; quantity: string }[] = response.json().orders;
    expect(orders).toHaveLength(2);
    const { schedule: _schedule, ...rest } = terms;
    for (const order of orders) {
      const read = await api(ctx.app, 'GET', `/orders/${order.id}`, makers[0]!.token);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({
        leadTimeDays: 45,
        terms: { ...rest, schedule: null },
        deliveredUnitPriceWithVat: '120.53',
      });
    }
  });

  it("gives an order from an accepted need bid that bid's terms, schedule and protocol number", async () => {
    const need = await openNeed(ctx.app, buyer62.token, { quantity: '250' });
    const accepted = await postBid(ctx.app, makers[3]!.token, need.id, {
      ...base,
      validUntil: '2030-01-15',
      ...terms,
    });
    const order = await acceptedOrder(ctx.app, buyer62.token, accepted.id);
    const read = await api(ctx.app, 'GET', `/orders/${order.id}`, buyer62.token);
    expect(read.json()).toMatchObject({
      leadTimeDays: 45,
      terms,
      deliveredUnitPriceWithVat: '120.53',
      protocolNumber: expect.stringMatching(/^\d{4}-\d{6}$/),
    });
    expect(order.protocolNumber).toBe(read.json().protocolNumber);
  });
});
