import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, openNeed, postBid } from '../../../test/bids-fixtures';
import {
  createAssociationMember,
  postNeed,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
let centre: Registered;
let buyer: Registered;
let supplier: Registered;
let stranger: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
  buyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '66' });
  stranger = await register(ctx.app, { regionCode: '77' });
});
afterAll(() => ctx.close());

/** An order of `buyer` from `supplier`; `viaCentre`: the centre posted the need and accepts. */
async function order(viaCentre = false) {
  const need = viaCentre
    ? await postNeed(ctx.app, centre.token, { publish: true, buyerOrganizationId: buyer.organizationId })
    : await openNeed(ctx.app, buyer.token);
  const bid = await postBid(ctx.app, supplier.token, need.id);
  return acceptedOrder(ctx.app, viaCentre ? centre.token : buyer.token, bid.id);
}

const move = (id: string, token: string, to: string, note?: string) =>
  api(ctx.app, 'POST', `/orders/${id}/transitions`, token, { to, ...(note === undefined ? {} : { note }) });

async function expectMove(id: string, token: string, to: string, note?: string) {
  const response = await move(id, token, to, note);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().status).toBe(to);
  return response.json();
}

async function expectRefused(id: string, token: string, to: string, status: number, code: string) {
  const response = await move(id, token, to, 'причина');
  expect(response.statusCode, `${to}: ${response.body}`).toBe(status);
  expect(response.json().code).toBe(code);
}

describe('the order lifecycle (DESIGN.md §2)', () => {
  it('goes confirmed → in_production → shipped (supplier) → delivered → completed (buyer), with a timeline', async () => {
    const { id } = await order();
    await expectMove(id, supplier.token, 'in_production', 'Запущено в цех №3');
    await expectMove(id, supplier.token, 'shipped', 'ТТН 4512');
    await expectMove(id, buyer.token, 'delivered');
    const done = await expectMove(id, buyer.token, 'completed', 'Претензий нет');
    expect(done.availableTransitions).toEqual([]);
    expect(
      done.events.map((e: { fromStatus: string | null; toStatus: string }) => [e.fromStatus, e.toStatus]),
    ).toEqual([
      [null, 'confirmed'],
      ['confirmed', 'in_production'],
      ['in_production', 'shipped'],
      ['shipped', 'delivered'],
      ['delivered', 'completed'],
    ]);
    expect(done.events[1]).toMatchObject({
      actorOrganizationId: supplier.organizationId,
      note: 'Запущено в цех №3',
    });
    expect(done.events[4]).toMatchObject({
      actorOrganizationId: buyer.organizationId,
      note: 'Претензий нет',
    });

    const notices = await ctx.database.pool.query(
      "SELECT organization_id, count(*)::int AS n FROM notifications WHERE kind = 'order.status_changed' AND payload->>'orderId' = $1 GROUP BY organization_id",
      [id],
    );
    expect(new Map(notices.rows.map((r) => [r.organization_id, r.n]))).toEqual(
      new Map([
        [buyer.organizationId, 4],
        [supplier.organizationId, 4],
      ]),
    );
    const audit = await ctx.database.pool.query(
      "SELECT action FROM audit_events WHERE entity_type = 'order' AND entity_id = $1 ORDER BY id",
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'order.created',
      'order.in_production',
      'order.shipped',
      'order.delivered',
      'order.completed',
    ]);
  });

  it('checks every move per side (403) and state (409)', async () => {
    const { id } = await order();
    await expectRefused(id, buyer.token, 'in_production', 403, 'wrong_side');
    await expectRefused(id, supplier.token, 'delivered', 409, 'invalid_transition');
    await expectRefused(id, supplier.token, 'disputed', 409, 'invalid_transition');
    await expectRefused(id, analyst.token, 'in_production', 403, 'not_order_party');
    await expectMove(id, supplier.token, 'in_production');
    await expectRefused(id, supplier.token, 'in_production', 409, 'invalid_transition');
    await expectRefused(id, buyer.token, 'shipped', 403, 'wrong_side');
    await expectMove(id, supplier.token, 'shipped');
    await expectRefused(id, supplier.token, 'delivered', 403, 'wrong_side');
    await expectRefused(id, buyer.token, 'cancelled', 409, 'invalid_transition');
    await expectRefused(id, buyer.token, 'completed', 409, 'invalid_transition');
  });

  it('lets either side cancel before shipping, with a reason', async () => {
    const byBuyer = await order();
    const noReason = await move(byBuyer.id, buyer.token, 'cancelled');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      { path: 'note', message: 'give the reason for cancelling or disputing the order' },
    ]);
    await expectMove(byBuyer.id, buyer.token, 'cancelled', 'Изменилась конструкция узла');
    await expectRefused(byBuyer.id, supplier.token, 'in_production', 409, 'invalid_transition');

    const bySupplier = await order();
    await expectMove(bySupplier.id, supplier.token, 'in_production');
    await expectMove(bySupplier.id, supplier.token, 'cancelled', 'Нет сырья');
  });

  it('lets either side dispute after shipping, and the buyer side settle it; the posting centre acts as buyer', async () => {
    const { id } = await order(true);
    await expectMove(id, supplier.token, 'in_production');
    await expectMove(id, supplier.token, 'shipped');
    await expectMove(id, centre.token, 'delivered');
    const disputed = await expectMove(id, supplier.token, 'disputed', 'Оплата не поступила');
    expect(disputed.availableTransitions).toEqual([]);
    const asBuyer = (await api(ctx.app, 'GET', `/orders/${id}`, buyer.token)).json();
    expect(asBuyer.availableTransitions).toEqual(['completed']);
    await expectMove(id, buyer.token, 'completed', 'Оплачено');
  });
});

describe('who sees orders (DESIGN.md §3)', () => {
  it('answers 404 to another organization reading or moving an order; analysts read', async () => {
    const { id } = await order();
    expect((await api(ctx.app, 'GET', `/orders/${id}`, stranger.token)).statusCode).toBe(404);
    expect((await move(id, stranger.token, 'in_production')).statusCode).toBe(404);
    const read = await api(ctx.app, 'GET', `/orders/${id}`, analyst.token);
    expect(read.statusCode).toBe(200);
    expect(read.json().availableTransitions).toEqual([]);
    expect((await api(ctx.app, 'GET', `/orders/${id}`, supplier.token)).json().availableTransitions).toEqual([
      'in_production',
      'cancelled',
    ]);
  });

  it('lists each party its own orders, by side; strangers none', async () => {
    const own = await order();
    const posted = await order(true);
    const ids = async (token: string, query = '') =>
      (await api(ctx.app, 'GET', `/orders?limit=100${query}`, token))
        .json()
        .items.map((o: { id: string }) => o.id);
    expect(await ids(buyer.token)).toEqual(expect.arrayContaining([own.id, posted.id]));
    expect(await ids(supplier.token, '&side=supplier')).toEqual(expect.arrayContaining([own.id, posted.id]));
    expect(await ids(supplier.token, '&side=buyer')).toEqual([]);
    expect(await ids(centre.token)).toEqual(expect.arrayContaining([posted.id]));
    expect(await ids(centre.token)).not.toContain(own.id);
    expect(await ids(stranger.token)).toEqual([]);
    expect(await ids(analyst.token)).toEqual(expect.arrayContaining([own.id, posted.id]));
  });

  it('pages newest first with a cursor', async () => {
    const first = await order();
    const second = await order();
    const page1 = (await api(ctx.app, 'GET', '/orders?limit=1', supplier.token)).json();
    expect(page1.items.map((o: { id: string }) => o.id)).toEqual([second.id]);
    const page2 = (
      await api(ctx.app, 'GET', `/orders?limit=1&cursor=${page1.nextCursor}`, supplier.token)
    ).json();
    expect(page2.items.map((o: { id: string }) => o.id)).toEqual([first.id]);
  });
});
