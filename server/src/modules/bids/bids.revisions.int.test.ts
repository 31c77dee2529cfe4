import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, bidTerms, openNeed, postBid } from '../../../test/bids-fixtures';
import { register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let supplier: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  buyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '66' });
});
afterAll(() => ctx.close());

describe('bid revisions keep the terms they had (issue 22)', () => {
  it('reads back each superseded revision with its terms and delivered price with VAT', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, supplier.token, need.id, {
      unitPrice: '835.00',
      ...bidTerms({ priceIncludesVat: false, deliveryBasis: 'pickup', schedule: null }),
    });
    const revised = await api(
      ctx.app,
      'PATCH',
      `/bids/${bid.id}`,
      supplier.token,
      { unitPrice: '790.00', priceIncludesVat: true, deliveryBasis: 'buyer_site', warrantyMonths: 24 },
      { 'if-match': '"1"' },
    );
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json()).toMatchObject({
      deliveredUnitPriceWithVat: '790.00',
      terms: { warrantyMonths: 24 },
    });

    const detail = (await api(ctx.app, 'GET', `/bids/${bid.id}`, buyer.token)).json();
    expect(detail.revisions).toEqual([
      expect.objectContaining({
        revision: 1,
        unitPrice: '835.00',
        terms: expect.objectContaining({
          vatRate: '20',
          priceIncludesVat: false,
          deliveryBasis: 'pickup',
          warrantyMonths: 12,
          schedule: null,
        }),
        deliveredUnitPriceWithVat: '1002.00',
      }),
    ]);
  });

  it('keeps a revision without terms as "terms not given"', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, supplier.token, need.id, { unitPrice: '800.00' });
    await api(ctx.app, 'PATCH', `/bids/${bid.id}`, supplier.token, { unitPrice: '780.00' });
    const detail = (await api(ctx.app, 'GET', `/bids/${bid.id}`, supplier.token)).json();
    expect(detail.revisions[0]).toMatchObject({
      unitPrice: '800.00',
      terms: null,
      deliveredUnitPriceWithVat: null,
    });
  });
});
