import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptBid, api, bidBody, openNeed, postBid } from '../../../test/bids-fixtures';
import {
  bearer,
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
let suppliers: Registered[];
let stranger: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
  buyer = await register(ctx.app, { regionCode: '62' });
  await api(ctx.app, 'PATCH', `/organizations/${buyer.organizationId}`, buyer.token, {
    contacts: { email: 'supply@buyer.ru' },
  });
  suppliers = [];
  // One after another: registration hashes a password while holding a connection of the small test pool.
  for (let i = 0; i < 20; i++) suppliers.push(await register(ctx.app, { regionCode: '66' }));
  stranger = await register(ctx.app, { regionCode: '77' });
});
afterAll(() => ctx.close());

const query = async (sql: string, params: unknown[] = []) =>
  (await ctx.database.pool.query(sql, params)).rows;

/** An open need with one bid from each of the 20 suppliers. */
async function needWithTwentyBids() {
  const need = await openNeed(ctx.app, buyer.token);
  const bids = await Promise.all(
    suppliers.map((s, i) => postBid(ctx.app, s.token, need.id, { unitPrice: `${700 + i}.00` })),
  );
  return { need, bids };
}

async function expectExactlyOneOrder(needId: string, statuses: number[], codes: string[]) {
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(19);
  expect(new Set(codes)).toEqual(new Set(['need_already_awarded']));
  expect(await query('SELECT count(*)::int AS n FROM orders WHERE need_id = $1', [needId])).toEqual([
    { n: 1 },
  ]);
  expect(await query('SELECT status FROM needs WHERE id = $1', [needId])).toEqual([{ status: 'awarded' }]);
  const bids = await query('SELECT status, decision_reason FROM bids WHERE need_id = $1', [needId]);
  expect(bids.filter((b) => b.status === 'accepted')).toHaveLength(1);
  expect(
    bids.filter((b) => b.status === 'rejected' && b.decision_reason === 'выбрано другое предложение'),
  ).toHaveLength(19);
}

describe('concurrent acceptance (DESIGN.md §5: exactly one order)', () => {
  it('turns 20 simultaneous accepts of 20 bids on one need into one order and 19 conflicts (inject)', async () => {
    const { need, bids } = await needWithTwentyBids();
    const responses = await Promise.all(bids.map((bid) => acceptBid(ctx.app, buyer.token, bid.id)));
    await expectExactlyOneOrder(
      need.id,
      responses.map((r) => r.statusCode),
      responses.filter((r) => r.statusCode === 409).map((r) => r.json().code),
    );
    // Every bidder hears the outcome: one acceptance, nineteen rejections.
    const notices = await query(
      "SELECT kind, count(*)::int AS n FROM notifications WHERE payload->>'needId' = $1 AND kind IN ('bid.accepted', 'bid.rejected') GROUP BY kind ORDER BY kind",
      [need.id],
    );
    expect(notices).toEqual([
      { kind: 'bid.accepted', n: 1 },
      { kind: 'bid.rejected', n: 19 },
    ]);
  });

  it('does the same over a real listening server, each request on its own connection (fetch)', async () => {
    const { need, bids } = await needWithTwentyBids();
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = ctx.app.server.address() as AddressInfo;
    const responses = await Promise.all(
      bids.map((bid) =>
        fetch(`http://127.0.0.1:${port}/api/v1/bids/${bid.id}/accept`, {
          method: 'POST',
          headers: { ...bearer(buyer.token), 'idempotency-key': randomUUID() },
        }).then(async (response) => ({
          status: response.status,
          body: (await response.json()) as { code: string },
        })),
      ),
    );
    await expectExactlyOneOrder(
      need.id,
      responses.map((r) => r.status),
      responses.filter((r) => r.status === 409).map((r) => r.body.code),
    );
    const conflict = responses.find((r) => r.status === 409)!;
    expect(conflict.body).toMatchObject({
      status: 409,
      detail: expect.stringContaining('already been accepted'),
    });
  });
});

describe('Idempotency-Key', () => {
  it('answers a retry with the same order: 201, the same body, Idempotent-Replayed', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, suppliers[0]!.token, need.id);
    const key = randomUUID();
    const first = await acceptBid(ctx.app, buyer.token, bid.id, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      needId: need.id,
      bidId: bid.id,
      buyerOrganizationId: buyer.organizationId,
      supplierOrganizationId: suppliers[0]!.organizationId,
      status: 'confirmed',
      total: '948000.00',
      currency: 'RUB',
    });
    const retry = await acceptBid(ctx.app, buyer.token, bid.id, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await query('SELECT count(*)::int AS n FROM orders WHERE bid_id = $1', [bid.id])).toEqual([
      { n: 1 },
    ]);
  });

  it('gives concurrent retries with one key the same single order', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, suppliers[1]!.token, need.id);
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => acceptBid(ctx.app, buyer.token, bid.id, key)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
  });

  it('refuses a key reused on another bid (422) and a missing key (400)', async () => {
    const one = await openNeed(ctx.app, buyer.token, { allowSplitAward: true });
    const a = await postBid(ctx.app, suppliers[2]!.token, one.id, { quantity: '100' });
    const b = await postBid(ctx.app, suppliers[3]!.token, one.id, { quantity: '100' });
    const key = randomUUID();
    expect((await acceptBid(ctx.app, buyer.token, a.id, key)).statusCode).toBe(201);
    const reused = await acceptBid(ctx.app, buyer.token, b.id, key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    const missing = await api(ctx.app, 'POST', `/bids/${b.id}/accept`, buyer.token);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ path: 'idempotency-key' });
    expect(await query('SELECT status FROM bids WHERE id = $1', [b.id])).toEqual([{ status: 'submitted' }]);
  });
});

describe('split awards', () => {
  it('accepts bids up to the quantity, refuses beyond it, then awards the need', async () => {
    const need = await openNeed(ctx.app, buyer.token, { quantity: '1000', allowSplitAward: true });
    const [b400, b500, b300, b100] = await Promise.all(
      ['400', '500', '300', '100'].map((quantity, i) =>
        postBid(ctx.app, suppliers[4 + i]!.token, need.id, { quantity }),
      ),
    );
    expect((await acceptBid(ctx.app, buyer.token, b400!.id)).statusCode).toBe(201);
    expect((await acceptBid(ctx.app, buyer.token, b500!.id)).statusCode).toBe(201);
    expect(await query('SELECT status FROM needs WHERE id = $1', [need.id])).toEqual([{ status: 'open' }]);
    const beyond = await acceptBid(ctx.app, buyer.token, b300!.id);
    expect(beyond.statusCode).toBe(409);
    expect(beyond.json()).toMatchObject({
      code: 'exceeds_remaining_quantity',
      detail: 'Only 100 remain to award; the bid offers 300',
    });
    expect((await acceptBid(ctx.app, buyer.token, b100!.id)).statusCode).toBe(201);
    expect(await query('SELECT status FROM needs WHERE id = $1', [need.id])).toEqual([{ status: 'awarded' }]);
    expect(await query('SELECT status FROM bids WHERE id = $1', [b300!.id])).toEqual([
      { status: 'rejected' },
    ]);
    expect(await query('SELECT count(*)::int AS n FROM orders WHERE need_id = $1', [need.id])).toEqual([
      { n: 3 },
    ]);
  });
});

describe('who accepts (DESIGN.md §3)', () => {
  it('lets the posting centre accept; refuses the bidder and analysts (403) and strangers (404)', async () => {
    const need = await postNeed(ctx.app, centre.token, {
      publish: true,
      buyerOrganizationId: buyer.organizationId,
    });
    const bid = await postBid(ctx.app, suppliers[8]!.token, need.id);
    const bidder = await acceptBid(ctx.app, suppliers[8]!.token, bid.id);
    expect(bidder.statusCode).toBe(403);
    expect(bidder.json().code).toBe('not_need_owner');
    expect((await acceptBid(ctx.app, analyst.token, bid.id)).statusCode).toBe(403);
    expect((await acceptBid(ctx.app, stranger.token, bid.id)).statusCode).toBe(404);
    const byCentre = await acceptBid(ctx.app, centre.token, bid.id);
    expect(byCentre.statusCode).toBe(201);
    expect(byCentre.json()).toMatchObject({
      buyerOrganizationId: buyer.organizationId,
      postedByOrganizationId: centre.organizationId,
    });
  });

  it('refuses a bid revised after it was compared (412) and an expired one (409)', async () => {
    const need = await openNeed(ctx.app, buyer.token, { allowSplitAward: true });
    const bid = await postBid(ctx.app, suppliers[9]!.token, need.id, { quantity: '10' });
    const revised = await api(ctx.app, 'POST', `/needs/${need.id}/bids`, suppliers[9]!.token, {
      ...bidBody({ quantity: '10', unitPrice: '999.00' }),
    });
    expect(revised.json().revision).toBe(2);
    const stale = await api(ctx.app, 'POST', `/bids/${bid.id}/accept`, buyer.token, undefined, {
      'idempotency-key': randomUUID(),
      'if-match': '"1"',
    });
    expect(stale.statusCode).toBe(412);
    const old = await postBid(ctx.app, suppliers[10]!.token, need.id, { quantity: '10' });
    await query("UPDATE bids SET valid_until = '2024-01-01' WHERE id = $1", [old.id]);
    const expired = await acceptBid(ctx.app, buyer.token, old.id);
    expect(expired.statusCode).toBe(409);
    expect(expired.json().code).toBe('bid_expired');
  });

  it('shows the supplier the buyer’s contacts once its order exists, and both contacts on the order', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const supplier = suppliers[11]!;
    const bid = await postBid(ctx.app, supplier.token, need.id);
    const before = (await api(ctx.app, 'GET', `/needs/${need.id}`, supplier.token)).json();
    expect(before.buyerContacts).toBeUndefined();
    const order = (await acceptBid(ctx.app, buyer.token, bid.id)).json();
    expect(order.buyerContacts).toEqual({ email: 'supply@buyer.ru' });
    expect(order.supplierContacts).toEqual({});
    const after = (await api(ctx.app, 'GET', `/needs/${need.id}`, supplier.token)).json();
    expect(after.buyerContacts).toEqual({ email: 'supply@buyer.ru' });
    const other = (await api(ctx.app, 'GET', `/needs/${need.id}`, suppliers[12]!.token)).json();
    expect(other.buyerContacts).toBeUndefined();
  });
});
