import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, openNeed, postBid } from '../../../test/bids-fixtures';
import {
  postNeed,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let centre: Registered;
let buyer: Registered;
let supplier: Registered;
let stranger: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
  buyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '66' });
  stranger = await register(ctx.app, { regionCode: '77' });
});
afterAll(() => ctx.close());

const query = async (sql: string, params: unknown[] = []) =>
  (await ctx.database.pool.query<Record<string, string>>(sql, params)).rows;

/** An order of 1 200 units of `buyer` from `supplier`; `viaCentre`: the centre posted the need. */
async function order(viaCentre = false) {
  const need = viaCentre
    ? await postNeed(ctx.app, centre.token, { publish: true, buyerOrganizationId: buyer.organizationId })
    : await openNeed(ctx.app, buyer.token);
  const bid = await postBid(ctx.app, supplier.token, need.id);
  const created = await acceptedOrder(ctx.app, viaCentre ? centre.token : buyer.token, bid.id);
  return { id: created.id, needId: need.id };
}

const ship = (id: string, token: string, quantity: string) =>
  api(ctx.app, 'POST', `/orders/${id}/deliveries`, token, {
    quantity,
    shippedAt: '2027-01-15',
    note: 'ТТН 77',
  });
const accept = (id: string, deliveryId: string, token: string, acceptedQuantity: string) =>
  api(ctx.app, 'POST', `/orders/${id}/deliveries/${deliveryId}/accept`, token, { acceptedQuantity });
const rate = (id: string, token: string) =>
  api(ctx.app, 'POST', `/orders/${id}/rating`, token, {
    onTime: 4,
    quality: 5,
    communication: 3,
    comment: 'Всё в срок',
  });

async function shipped(id: string, quantity: string) {
  const response = await ship(id, supplier.token, quantity);
  expect(response.statusCode, response.body).toBe(201);
  return { order: response.json(), deliveryId: response.json().deliveries.at(-1).id as string };
}

async function accepted(id: string, deliveryId: string, quantity: string, token = buyer.token) {
  const response = await accept(id, deliveryId, token, quantity);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Ships and accepts the whole order in one delivery. */
async function completedOrder() {
  const created = await order();
  const { deliveryId } = await shipped(created.id, '1200');
  expect((await accepted(created.id, deliveryId, '1200')).status).toBe('completed');
  return created;
}

describe('partial deliveries (issue 22)', () => {
  it('completes an order only when the accepted quantities add up to its quantity', async () => {
    const { id } = await order();
    const first = await shipped(id, '500');
    expect(first.order).toMatchObject({
      status: 'shipped',
      fulfilment: { shipped: '500', accepted: '0', toShip: '700', toAccept: '1200' },
    });
    expect(first.order.deliveries[0]).toMatchObject({
      quantity: '500',
      shippedAt: '2027-01-15',
      acceptedQuantity: null,
    });

    // 480 of 500 are in order: the 20 short are shipped again.
    const part = await accepted(id, first.deliveryId, '480');
    expect(part).toMatchObject({
      status: 'delivered',
      fulfilment: { accepted: '480', toShip: '720', toAccept: '720' },
    });

    const second = await shipped(id, '720');
    expect(second.order.status).toBe('delivered');
    const done = await accepted(id, second.deliveryId, '720');
    expect(done).toMatchObject({
      status: 'completed',
      fulfilment: { accepted: '1200', toAccept: '0', toShip: '0' },
    });
    expect(done.events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'confirmed',
      'shipped',
      'delivered',
      'completed',
    ]);
    expect(done.can).toEqual({ recordDelivery: false, acceptDeliveries: false, rate: true });

    expect(
      await query(
        "SELECT action FROM audit_events WHERE entity_type = 'order' AND entity_id = $1 ORDER BY id",
        [id],
      ),
    ).toEqual(
      [
        'order.created',
        'order.delivery_shipped',
        'order.shipped',
        'order.delivery_accepted',
        'order.delivered',
        'order.delivery_shipped',
        'order.delivery_accepted',
        'order.completed',
      ].map((action) => ({ action })),
    );
    const notified = await query(
      "SELECT organization_id, kind FROM notifications WHERE payload->>'orderId' = $1 AND kind LIKE 'order.delivery%' ORDER BY created_at, kind",
      [id],
    );
    expect(notified.filter((n) => n.kind === 'order.delivery_shipped').map((n) => n.organization_id)).toEqual(
      [buyer.organizationId, buyer.organizationId],
    );
    expect(
      notified.filter((n) => n.kind === 'order.delivery_accepted').map((n) => n.organization_id),
    ).toEqual([supplier.organizationId, supplier.organizationId]);
  });

  it('refuses shipping more than remains, naming quantity, and accepting more than was shipped', async () => {
    const { id } = await order();
    const over = await ship(id, supplier.token, '1200.001');
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'delivery_exceeds_order', errors: [{ path: 'quantity' }] });

    const { deliveryId } = await shipped(id, '1000');
    expect((await ship(id, supplier.token, '201')).json().code).toBe('delivery_exceeds_order');

    const tooMuch = await accept(id, deliveryId, buyer.token, '1000.5');
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().errors[0].path).toBe('acceptedQuantity');

    await accepted(id, deliveryId, '1000');
    const again = await accept(id, deliveryId, buyer.token, '1000');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('delivery_already_accepted');
  });

  it('lets only the supplier ship and only the buyer side accept; others get 403 or 404', async () => {
    const { id } = await order(true);
    expect((await ship(id, buyer.token, '10')).statusCode).toBe(403);
    expect((await ship(id, centre.token, '10')).statusCode).toBe(403);
    expect((await ship(id, stranger.token, '10')).statusCode).toBe(404);

    const { deliveryId } = await shipped(id, '600');
    const bySupplier = await accept(id, deliveryId, supplier.token, '600');
    expect(bySupplier.statusCode).toBe(403);
    expect(bySupplier.json().code).toBe('wrong_side');
    expect((await accept(id, deliveryId, stranger.token, '600')).statusCode).toBe(404);
    // The centre that posted the need accepts for the buyer.
    expect((await accepted(id, deliveryId, '600', centre.token)).status).toBe('delivered');
  });

  it('refuses a bad body with the field named', async () => {
    const { id } = await order();
    const response = await api(ctx.app, 'POST', `/orders/${id}/deliveries`, supplier.token, {
      quantity: '0',
      shippedAt: '15.01.2027',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['quantity', 'shippedAt']));
  });
});

describe('the need and the rating after completion (issue 22)', () => {
  it('closes the need once its order is completed', async () => {
    const { id, needId } = await order();
    const { deliveryId } = await shipped(id, '1200');
    expect((await api(ctx.app, 'GET', `/needs/${needId}`, buyer.token)).json().status).toBe('awarded');
    await accepted(id, deliveryId, '1200');
    expect((await api(ctx.app, 'GET', `/needs/${needId}`, buyer.token)).json().status).toBe('closed');
  });

  it('closes a split need only when every one of its orders is completed', async () => {
    const other = await register(ctx.app, { regionCode: '55' });
    const need = await openNeed(ctx.app, buyer.token, { quantity: '1000', allowSplitAward: true });
    const first = await acceptedOrder(
      ctx.app,
      buyer.token,
      (await postBid(ctx.app, supplier.token, need.id, { quantity: '400' })).id,
    );
    const second = await acceptedOrder(
      ctx.app,
      buyer.token,
      (await postBid(ctx.app, other.token, need.id, { quantity: '600' })).id,
    );
    const needStatus = async () =>
      (await api(ctx.app, 'GET', `/needs/${need.id}`, buyer.token)).json().status;

    await accepted(first.id, (await shipped(first.id, '400')).deliveryId, '400');
    expect(await needStatus()).toBe('awarded');
    const delivery = (
      await api(ctx.app, 'POST', `/orders/${second.id}/deliveries`, other.token, {
        quantity: '600',
        shippedAt: '2027-02-01',
      })
    ).json().deliveries[0].id as string;
    await accepted(second.id, delivery, '600');
    expect(await needStatus()).toBe('closed');
  });

  it('lets the buyer rate once per completed order, never before completion nor the supplier', async () => {
    const early = await order();
    const before = await rate(early.id, buyer.token);
    expect(before.statusCode).toBe(409);
    expect(before.json().code).toBe('order_not_completed');

    const { id } = await completedOrder();
    expect((await rate(id, supplier.token)).statusCode).toBe(403);
    expect((await rate(id, stranger.token)).statusCode).toBe(404);
    const first = await rate(id, buyer.token);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().rating).toMatchObject({
      onTime: 4,
      quality: 5,
      communication: 3,
      comment: 'Всё в срок',
    });
    expect(first.json().can.rate).toBe(false);
    const second = await rate(id, buyer.token);
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('order_already_rated');

    const bad = await api(ctx.app, 'POST', `/orders/${id}/rating`, buyer.token, {
      onTime: 6,
      quality: 5,
      communication: 5,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('onTime');
  });

  it("shows the ratings' averages and count on the supplier's profile", async () => {
    const fresh = await register(ctx.app, { regionCode: '66' });
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, fresh.token, need.id);
    const { id } = await acceptedOrder(ctx.app, buyer.token, bid.id);
    const delivery = (
      await api(ctx.app, 'POST', `/orders/${id}/deliveries`, fresh.token, {
        quantity: '1200',
        shippedAt: '2027-01-15',
      })
    ).json().deliveries[0].id as string;
    await accepted(id, delivery, '1200');
    expect((await rate(id, buyer.token)).statusCode).toBe(201);

    const profile = await api(ctx.app, 'GET', `/organizations/${fresh.organizationId}`, stranger.token);
    expect(profile.json().trackRecord).toMatchObject({
      ordersCompleted: 1,
      rating: { count: 1, onTime: 4, quality: 5, communication: 3 },
    });
  });
});

describe('manual moves once deliveries are recorded (issue 22)', () => {
  it('refuses completing or marking delivered by hand; the deliveries drive those moves', async () => {
    const { id } = await order();
    const { deliveryId } = await shipped(id, '500');
    const early = await accepted(id, deliveryId, '500');
    expect(early.availableTransitions).toEqual(['disputed']);
    const byHand = await api(ctx.app, 'POST', `/orders/${id}/transitions`, buyer.token, { to: 'completed' });
    expect(byHand.statusCode).toBe(409);
    expect(byHand.json().code).toBe('invalid_transition');
  });
});
