import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin, type Registered } from '../../../test/fixtures';
import { liveLot, rebuildLots } from '../../../test/lots-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
let buyer62: Registered;
let buyer66: Registered;
let maker: Registered;
let rival: Registered;

type OrderBody = { id: string; needId: string; lotId: string | null; bidId: string | null; quantity: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  buyer62 = await register(ctx.app, { regionCode: '62' });
  buyer66 = await register(ctx.app, { regionCode: '66' });
  maker = await register(ctx.app, { regionCode: '52' });
  rival = await register(ctx.app, { regionCode: '50' });
});
afterAll(() => ctx.close());

/** A published lot of two needs (62 and 66) of the kind; returns the lot and the needs, earliest first. */
async function publishedLot(okpd2: string, needs: { quantity: string; neededBy: string }[]) {
  const [first, second] = needs;
  const need62 = await openNeed(ctx.app, buyer62.token, { okpd2, deliveryRegionCode: '62', ...first });
  const need66 = await openNeed(ctx.app, buyer66.token, { okpd2, deliveryRegionCode: '66', ...second });
  await rebuildLots(ctx.database);
  const lot = (await liveLot(ctx.database, okpd2.slice(0, 8)))!;
  const published = await api(ctx.app, 'POST', `/lots/${lot.id}/publish`, analyst.token);
  if (published.statusCode !== 200) throw new Error(published.body);
  return { lotId: lot.id, need62: need62.id, need66: need66.id };
}

async function lotBid(lotId: string, token: string, quantity: string, unitPrice: string): Promise<string> {
  const body = { unitPrice, quantity, leadTimeDays: 45, validUntil: '2030-06-30' };
  const response = await api(ctx.app, 'POST', `/lots/${lotId}/bids`, token, body);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id;
}

const award = (
  lotId: string,
  awards: { lotBidId: string; quantity: string }[],
  token = analyst.token,
  key: string = randomUUID(),
) => api(ctx.app, 'POST', `/lots/${lotId}/awards`, token, { awards }, { 'idempotency-key': key });

const orderRows = async (lotId: string) =>
  (
    await ctx.database.pool.query<{
      need_id: string;
      lot_bid_id: string;
      quantity: string;
      unit_price: string;
    }>(
      `SELECT need_id, lot_bid_id, trim_scale(quantity)::text AS quantity, unit_price::text
         FROM orders WHERE lot_id = $1 ORDER BY created_at, id`,
      [lotId],
    )
  ).rows;

const needStatus = async (id: string) =>
  (await ctx.database.pool.query<{ status: string }>('SELECT status FROM needs WHERE id = $1', [id])).rows[0]!
    .status;

describe('awarding a lot to one bidder', () => {
  let lotId: string;
  let need62: string;
  let need66: string;
  let bidId: string;
  let firstKey: string;
  let created: OrderBody[];

  beforeAll(async () => {
    ({ lotId, need62, need66 } = await publishedLot('28.15.10.120', [
      { quantity: '100', neededBy: '2030-03-01' },
      { quantity: '150', neededBy: '2030-02-01' },
    ]));
    bidId = await lotBid(lotId, maker.token, '250', '95.50');
  });

  it('makes exactly one set of orders under 10 concurrent awards; the others answer 409', async () => {
    const keys = Array.from({ length: 10 }, () => randomUUID());
    const responses = await Promise.all(
      keys.map((key) => award(lotId, [{ lotBidId: bidId, quantity: '250' }], analyst.token, key)),
    );
    const won = responses.filter((response) => response.statusCode === 201);
    expect(won).toHaveLength(1);
    for (const lost of responses.filter((response) => response.statusCode !== 201)) {
      expect(lost.statusCode, lost.body).toBe(409);
      expect(lost.json().code).toBe('lot_already_awarded');
    }
    firstKey = keys[responses.indexOf(won[0]!)]!;
    created = won[0]!.json().orders;

    // The earliest needed-by first: the 66 need (150), then the 62 need (100).
    expect(created.map((order) => [order.needId, order.quantity])).toEqual([
      [need66, '150'],
      [need62, '100'],
    ]);
    expect(created.every((order) => order.lotId === lotId && order.bidId === null)).toBe(true);
    const rows = await orderRows(lotId);
    expect(rows).toHaveLength(2);
    expect(rows.reduce((sum, row) => sum + Number(row.quantity), 0)).toBe(250);
    expect(new Set(rows.map((row) => row.unit_price))).toEqual(new Set(['95.50']));
    expect([await needStatus(need62), await needStatus(need66)]).toEqual(['awarded', 'awarded']);
  });

  it('replays the same orders for the same key, and refuses the key with another body (422)', async () => {
    const replay = await award(lotId, [{ lotBidId: bidId, quantity: '250' }], analyst.token, firstKey);
    expect(replay.statusCode, replay.body).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().orders.map((order: OrderBody) => order.id)).toEqual(
      created.map((order) => order.id),
    );
    const other = await award(lotId, [{ lotBidId: bidId, quantity: '200' }], analyst.token, firstKey);
    expect(other.statusCode).toBe(422);
    expect(await orderRows(lotId)).toHaveLength(2);
  });

  it('shows the awarded value and coverage; each buyer sees its own order, as any other', async () => {
    const detail = (await api(ctx.app, 'GET', `/lots/${lotId}`, analyst.token)).json();
    expect(detail).toMatchObject({ status: 'awarded', awardedAt: expect.any(String) });
    expect(detail.award).toMatchObject({
      awardedQuantity: '250',
      awardedValue: '23875.00',
      coverage: '1.0000',
    });
    expect(detail.award.orders).toHaveLength(2);

    const seen = (await api(ctx.app, 'GET', `/lots/${lotId}`, buyer62.token)).json();
    expect(seen.award.orders.map((order: { needId: string }) => order.needId)).toEqual([need62]);

    const orders = await api(ctx.app, 'GET', '/orders', buyer62.token);
    expect(orders.statusCode, orders.body).toBe(200);
    const mine = orders.json().items.find((order: OrderBody) => order.lotId === lotId);
    expect(mine).toMatchObject({ needId: need62, quantity: '100', status: 'confirmed' });
    const page = await api(ctx.app, 'GET', `/orders/${mine.id}`, buyer62.token);
    expect(page.statusCode).toBe(200);
    expect(page.json().supplier.id).toBe(maker.organizationId);
    expect((await api(ctx.app, 'GET', `/orders/${mine.id}`, buyer66.token)).statusCode).toBe(404);
  });

  it('tells the buyers of their orders and the bidder of its award', async () => {
    const notified = await ctx.database.pool.query<{ organization_id: string; kind: string }>(
      `SELECT DISTINCT organization_id, kind FROM notifications
        WHERE kind IN ('order.created', 'bid.accepted') AND payload->>'bidId' = $1`,
      [bidId],
    );
    expect(notified.rows).toEqual(
      expect.arrayContaining([
        { organization_id: buyer62.organizationId, kind: 'order.created' },
        { organization_id: buyer66.organizationId, kind: 'order.created' },
        { organization_id: maker.organizationId, kind: 'bid.accepted' },
      ]),
    );
    expect(notified.rows).toHaveLength(3);
  });
});

describe('splitting a lot between bidders', () => {
  it('fills the needs in needed-by order, a need shared by two bidders, and leaves the rest open', async () => {
    const { lotId, need62, need66 } = await publishedLot('25.73.40.110', [
      { quantity: '100', neededBy: '2030-02-01' },
      { quantity: '100', neededBy: '2030-03-01' },
    ]);
    const makerBid = await lotBid(lotId, maker.token, '120', '100.00');
    const rivalBid = await lotBid(lotId, rival.token, '200', '90.00');

    const response = await award(lotId, [
      { lotBidId: rivalBid, quantity: '80' },
      { lotBidId: makerBid, quantity: '100' },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    // The answer keeps the order the shares were made in; the rows share one transaction's time.
    expect(response.json().orders.map((order: OrderBody) => [order.needId, order.quantity])).toEqual([
      [need62, '80'],
      [need62, '20'],
      [need66, '80'],
    ]);
    const rows = await orderRows(lotId);
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        { need_id: need62, lot_bid_id: rivalBid, quantity: '80', unit_price: '90.00' },
        { need_id: need62, lot_bid_id: makerBid, quantity: '20', unit_price: '100.00' },
        { need_id: need66, lot_bid_id: makerBid, quantity: '80', unit_price: '100.00' },
      ]),
    );
    expect(await needStatus(need62)).toBe('awarded');
    // 80 of its 100 are ordered: the rest stays open for a later lot or bid.
    expect(await needStatus(need66)).toBe('open');
    const detail = (await api(ctx.app, 'GET', `/lots/${lotId}`, analyst.token)).json();
    expect(detail.award).toMatchObject({
      awardedQuantity: '180',
      awardedValue: '17200.00',
      coverage: '0.9000',
    });
    const rivalView = (await api(ctx.app, 'GET', `/lots/${lotId}`, rival.token)).json();
    expect(rivalView.award.orders).toHaveLength(1);

    // A rebuild leaves the awarded lot as the record of its award, needs and all.
    await rebuildLots(ctx.database);
    const rebuilt = (await api(ctx.app, 'GET', `/lots/${lotId}`, analyst.token)).json();
    expect(rebuilt).toMatchObject({ status: 'awarded', needsCount: 2 });
    expect(rebuilt.needs.map((need: { id: string }) => need.id).sort()).toEqual([need62, need66].sort());
  });
});

describe('refused awards', () => {
  let lotId: string;
  let makerBid: string;
  let rivalBid: string;

  beforeAll(async () => {
    ({ lotId } = await publishedLot('28.13.14.110', [
      { quantity: '100', neededBy: '2030-02-01' },
      { quantity: '100', neededBy: '2030-03-01' },
    ]));
    makerBid = await lotBid(lotId, maker.token, '150', '50.00');
    rivalBid = await lotBid(lotId, rival.token, '150', '55.00');
  });

  it('refuses more than a bid offers, naming the award', async () => {
    const response = await award(lotId, [{ lotBidId: makerBid, quantity: '160' }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'awards.0.quantity', message: expect.stringContaining('150') },
    ]);
  });

  it('refuses more than the lot holds, naming `awards`', async () => {
    const response = await award(lotId, [
      { lotBidId: makerBid, quantity: '150' },
      { lotBidId: rivalBid, quantity: '100' },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'awards', message: expect.stringContaining('200') }]);
  });

  it('refuses a bid of another lot, a bid twice, and a missing Idempotency-Key, naming the field', async () => {
    const stranger = await award(lotId, [{ lotBidId: randomUUID(), quantity: '10' }]);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].path).toBe('awards.0.lotBidId');
    const twice = await award(lotId, [
      { lotBidId: makerBid, quantity: '10' },
      { lotBidId: makerBid, quantity: '10' },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].path).toBe('awards.1.lotBidId');
    const keyless = await api(ctx.app, 'POST', `/lots/${lotId}/awards`, analyst.token, {
      awards: [{ lotBidId: makerBid, quantity: '10' }],
    });
    expect(keyless.statusCode).toBe(400);
    expect(keyless.json().errors[0].path).toContain('idempotency-key');
  });

  it('lets only analysts award: buyers and bidders 403, a draft lot 404 to them', async () => {
    for (const token of [buyer62.token, maker.token]) {
      const response = await award(lotId, [{ lotBidId: makerBid, quantity: '100' }], token);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('analysts_only');
    }
    await openNeed(ctx.app, buyer62.token, { okpd2: '27.11.10.110', deliveryRegionCode: '62' });
    await openNeed(ctx.app, buyer66.token, { okpd2: '27.11.10.110', deliveryRegionCode: '66' });
    await rebuildLots(ctx.database);
    const draft = (await liveLot(ctx.database, '27.11.10'))!;
    const hidden = await award(draft.id, [{ lotBidId: makerBid, quantity: '1' }], maker.token);
    expect(hidden.statusCode).toBe(404);
    const unpublished = await award(draft.id, [{ lotBidId: makerBid, quantity: '1' }]);
    expect(unpublished.statusCode).toBe(409);
    expect(unpublished.json().code).toBe('lot_not_published');
    expect(await orderRows(lotId)).toEqual([]);
    expect((await api(ctx.app, 'GET', `/lots/${lotId}`, analyst.token)).json()).toMatchObject({
      status: 'published',
      award: null,
    });
  });
});
