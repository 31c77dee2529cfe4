import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, bidBody, openNeed, postBid } from '../../../test/bids-fixtures';
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
let admin: { token: string; organizationId: string };
let analyst: { token: string; organizationId: string };
let centre: Registered;
let buyer: Registered;
let supplier: Registered;
let rival: Registered;
let bystander: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
  buyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '66' });
  rival = await register(ctx.app, { regionCode: '52' });
  bystander = await register(ctx.app, { regionCode: '77' });
});
afterAll(() => ctx.close());

const call = (...args: Parameters<typeof api> extends [unknown, ...infer Rest] ? Rest : never) =>
  api(ctx.app, ...args);
const count = async (table: string) =>
  Number((await ctx.database.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe('who may bid (DESIGN.md §3)', () => {
  it('lets a manufacturer bid on an open need of another organization: 201 with the total', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const response = await call('POST', `/needs/${need.id}/bids`, supplier.token, bidBody());
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      needId: need.id,
      bidderOrganizationId: supplier.organizationId,
      unitPrice: '790.00',
      quantity: '1200',
      total: '948000.00',
      status: 'submitted',
      revision: 1,
      capabilityId: null,
    });
  });

  it('refuses a bid on the bidder’s own need', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const response = await call('POST', `/needs/${need.id}/bids`, buyer.token, bidBody());
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('own_need');
  });

  it('refuses a centre, an association and an administrator', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    for (const token of [centre.token, analyst.token, admin.token]) {
      const response = await call('POST', `/needs/${need.id}/bids`, token, bidBody());
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('enterprises_only');
    }
    expect(await count(`bids WHERE need_id = '${need.id}'`)).toBe(0);
  });

  it('answers 404 for another organization’s draft and 409 for a need that is no longer open', async () => {
    const draft = await postNeed(ctx.app, buyer.token);
    expect((await call('POST', `/needs/${draft.id}/bids`, supplier.token, bidBody())).statusCode).toBe(404);

    const need = await openNeed(ctx.app, buyer.token, { neededBy: '2030-02-01' });
    await ctx.database.pool.query(`UPDATE needs SET status = 'expired' WHERE id = $1`, [need.id]);
    const response = await call('POST', `/needs/${need.id}/bids`, supplier.token, bidBody());
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('need_not_open');
  });

  it('refuses invalid terms with the failing fields, writing nothing', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const before = await count('bids');
    const tooMuch = await call(
      'POST',
      `/needs/${need.id}/bids`,
      supplier.token,
      bidBody({ quantity: '1200.5', validUntil: '2020-01-01' }),
    );
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().errors).toEqual([
      { path: 'quantity', message: "must not exceed the need's quantity (1200)" },
      { path: 'validUntil', message: 'must not be in the past' },
    ]);
    const float = await call('POST', `/needs/${need.id}/bids`, supplier.token, bidBody({ unitPrice: 790.5 }));
    expect(float.statusCode).toBe(400);
    expect(float.json().errors[0].path).toBe('unitPrice');
    const foreign = await call('POST', '/capabilities', rival.token, {
      title: 'Подшипники',
      okpd2: ['28.15.10.120'],
      monthlyCapacity: '100',
      unit: '796',
      leadTimeDays: 10,
    });
    const stolen = await call(
      'POST',
      `/needs/${need.id}/bids`,
      supplier.token,
      bidBody({ capabilityId: foreign.json().id }),
    );
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().errors).toEqual([
      { path: 'capabilityId', message: 'must be a capability of your organization' },
    ]);
    expect(await count('bids')).toBe(before);
  });
});

describe('revising and withdrawing', () => {
  it('revises the live bid when the organization bids again, keeping the old revision', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const first = await postBid(ctx.app, supplier.token, need.id);
    const again = await call(
      'POST',
      `/needs/${need.id}/bids`,
      supplier.token,
      bidBody({ unitPrice: '750.00' }),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      id: first.id,
      revision: 2,
      unitPrice: '750.00',
      total: '900000.00',
    });

    const patched = await call(
      'PATCH',
      `/bids/${first.id}`,
      supplier.token,
      { leadTimeDays: 30 },
      { 'if-match': '"2"' },
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ revision: 3, unitPrice: '750.00', leadTimeDays: 30 });

    const detail = (await call('GET', `/bids/${first.id}`, buyer.token)).json();
    expect(
      detail.revisions.map((r: { revision: number; unitPrice: string }) => [r.revision, r.unitPrice]),
    ).toEqual([
      [2, '750.00'],
      [1, '790.00'],
    ]);
    const audit = await ctx.database.pool.query(
      'SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [first.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual(['bid.submitted', 'bid.revised', 'bid.revised']);
  });

  it('refuses a stale If-Match (412), the buyer revising (403) and a stranger (404)', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, supplier.token, need.id);
    const stale = await call(
      'PATCH',
      `/bids/${bid.id}`,
      supplier.token,
      { leadTimeDays: 5 },
      { 'if-match': '"7"' },
    );
    expect(stale.statusCode).toBe(412);
    const byBuyer = await call('PATCH', `/bids/${bid.id}`, buyer.token, { leadTimeDays: 5 });
    expect(byBuyer.statusCode).toBe(403);
    expect(byBuyer.json().code).toBe('not_bidder');
    expect((await call('PATCH', `/bids/${bid.id}`, bystander.token, { leadTimeDays: 5 })).statusCode).toBe(
      404,
    );
    expect((await call('GET', `/bids/${bid.id}`, bystander.token)).statusCode).toBe(404);
    expect((await call('POST', `/bids/${bid.id}/withdraw`, bystander.token)).statusCode).toBe(404);
    expect((await call('POST', `/bids/${bid.id}/withdraw`, buyer.token)).statusCode).toBe(403);
    expect((await call('GET', `/bids/${bid.id}`, supplier.token)).json().revision).toBe(1);
  });

  it('withdraws a submitted bid once; a new bid may follow', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, supplier.token, need.id);
    const withdrawn = await call('POST', `/bids/${bid.id}/withdraw`, supplier.token);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    const again = await call('POST', `/bids/${bid.id}/withdraw`, supplier.token);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('bid_not_submitted');
    const revise = await call('PATCH', `/bids/${bid.id}`, supplier.token, { leadTimeDays: 5 });
    expect(revise.statusCode).toBe(409);
    const fresh = await postBid(ctx.app, supplier.token, need.id);
    expect(fresh.id).not.toBe(bid.id);
    const notices = await ctx.database.pool.query(
      "SELECT count(*) FROM notifications WHERE organization_id = $1 AND kind = 'bid.withdrawn'",
      [buyer.organizationId],
    );
    expect(Number(notices.rows[0].count)).toBe(1);
  });
});

describe('who sees bids (DESIGN.md §3)', () => {
  it('shows the buyer side and analysts every bid, each bidder its own, others nothing', async () => {
    const need = await openNeed(ctx.app, buyer.token, { buyerOrganizationId: buyer.organizationId });
    const posted = await postNeed(ctx.app, centre.token, {
      publish: true,
      buyerOrganizationId: buyer.organizationId,
    });
    for (const id of [need.id, posted.id]) {
      await postBid(ctx.app, supplier.token, id);
      await postBid(ctx.app, rival.token, id, { unitPrice: '700.00' });
    }
    const ids = async (token: string, needId = need.id) => {
      const response = await call('GET', `/needs/${needId}/bids`, token);
      expect(response.statusCode).toBe(200);
      return response.json().items.map((bid: { bidderOrganizationId: string }) => bid.bidderOrganizationId);
    };
    expect(await ids(buyer.token)).toEqual([rival.organizationId, supplier.organizationId]);
    expect(await ids(centre.token, posted.id)).toEqual([rival.organizationId, supplier.organizationId]);
    expect(await ids(analyst.token)).toHaveLength(2);
    expect(await ids(supplier.token)).toEqual([supplier.organizationId]);
    expect(await ids(rival.token)).toEqual([rival.organizationId]);
    expect(await ids(bystander.token)).toEqual([]);
    const draft = await postNeed(ctx.app, buyer.token);
    expect((await call('GET', `/needs/${draft.id}/bids`, bystander.token)).statusCode).toBe(404);
  });

  it('lists the organization’s own bids with their needs (mine=1), and nobody else’s', async () => {
    const need = await openNeed(ctx.app, buyer.token, { title: 'Втулка бронзовая для насоса' });
    const own = await postBid(ctx.app, bystander.token, need.id);
    await postBid(ctx.app, rival.token, need.id);
    const page = (await call('GET', '/bids?mine=1&limit=100', bystander.token)).json();
    expect(page.items.map((bid: { id: string }) => bid.id)).toEqual([own.id]);
    expect(page.items[0].need).toMatchObject({
      id: need.id,
      title: 'Втулка бронзовая для насоса',
      status: 'open',
      buyer: { id: buyer.organizationId },
    });
    const notMine = (await call('GET', '/bids?mine=0', bystander.token)).json();
    expect(notMine.items.map((bid: { id: string }) => bid.id)).toEqual([own.id]);
    const all = (await call('GET', '/bids?mine=0&limit=100', analyst.token)).json();
    expect(all.items.length).toBeGreaterThan(1);
  });
});
