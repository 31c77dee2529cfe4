import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed, postBid } from '../../../test/bids-fixtures';
import { register, signInAdmin, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { expireOverdueBids } from './bids.jobs';

let ctx: TestContext;
let admin: { token: string };
let buyer: Registered;
let supplier: Registered;
let local: Registered;
let stranger: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
  buyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '66' });
  local = await register(ctx.app, { regionCode: '62' });
  stranger = await register(ctx.app, { regionCode: '77' });
  await api(ctx.app, 'POST', `/organizations/${supplier.organizationId}/verify`, admin.token);
});
afterAll(() => ctx.close());

const query = async (sql: string, params: unknown[] = []) =>
  (await ctx.database.pool.query(sql, params)).rows;

/** Haversine between two regions' administrative centres, for comparison with the SQL figure. */
async function kmBetween(a: string, b: string) {
  const [x, y] = await query('SELECT lat, lon FROM regions WHERE code = ANY($1) ORDER BY code = $2 DESC', [
    [a, b],
    a,
  ]);
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(y.lat - x.lat) / 2) ** 2 +
    Math.cos(rad(x.lat)) * Math.cos(rad(y.lat)) * Math.sin(rad(y.lon - x.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('comparing bids side by side', () => {
  it('gives total, slack, distance, verification, PP 719 localization and the match score', async () => {
    const need = await openNeed(ctx.app, buyer.token, { neededBy: '2030-03-01', quantity: '1200' });
    const capability = await api(ctx.app, 'POST', '/capabilities', supplier.token, {
      title: 'Подшипники роликовые конические',
      okpd2: ['28.15.10.120'],
      monthlyCapacity: '5000',
      unit: '796',
      leadTimeDays: 45,
      localization: { pp719RegistryNumber: '10123456', validUntil: '2027-12-31' },
    });
    const remote = await postBid(ctx.app, supplier.token, need.id, {
      unitPrice: '790.10',
      quantity: '1199.999',
      leadTimeDays: 40,
      capabilityId: capability.json().id,
    });
    await query(
      `INSERT INTO matches (need_id, capability_id, manufacturer_organization_id, score, components, interregional, distance_km, need_version)
       VALUES ($1, $2, $3, 0.8731, '{}', true, 1000, 1)`,
      [need.id, capability.json().id, supplier.organizationId],
    );
    await postBid(ctx.app, local.token, need.id, { unitPrice: '800.00', leadTimeDays: 10 });

    const items = (await api(ctx.app, 'GET', `/needs/${need.id}/bids`, buyer.token)).json().items;
    expect(items.map((bid: { id: string }) => bid.id)[0]).toBe(remote.id);
    const today = new Date().toISOString().slice(0, 10);
    const slack = (lead: number) => (Date.parse('2030-03-01') - Date.parse(today)) / 86_400_000 - lead;
    expect(items[0]).toMatchObject({
      total: '948119.21',
      comparison: {
        slackDays: slack(40),
        interregional: true,
        bidderVerified: true,
        localization: { pp719RegistryNumber: '10123456', validUntil: '2027-12-31', valid: true },
        matchScore: '0.8731',
      },
    });
    expect(Math.abs(items[0].comparison.distanceKm - (await kmBetween('62', '66')))).toBeLessThan(1);
    expect(items[1]).toMatchObject({
      total: '960000.00',
      comparison: {
        slackDays: slack(10),
        distanceKm: 0,
        interregional: false,
        bidderVerified: false,
        localization: null,
        matchScore: null,
      },
    });
    const byLeadTime = (
      await api(ctx.app, 'GET', `/needs/${need.id}/bids?sort=leadTime`, buyer.token)
    ).json();
    expect(byLeadTime.items[0].bidderOrganizationId).toBe(local.organizationId);
  });
});

describe('rejecting', () => {
  it('lets the buyer reject with a reason; the bidder is told; others are refused', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, supplier.token, need.id);
    const noReason = await api(ctx.app, 'POST', `/bids/${bid.id}/reject`, buyer.token, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const bySupplier = await api(ctx.app, 'POST', `/bids/${bid.id}/reject`, supplier.token, { reason: 'x' });
    expect(bySupplier.statusCode).toBe(403);
    expect(
      (await api(ctx.app, 'POST', `/bids/${bid.id}/reject`, stranger.token, { reason: 'x' })).statusCode,
    ).toBe(404);
    const rejected = await api(ctx.app, 'POST', `/bids/${bid.id}/reject`, buyer.token, {
      reason: 'Срок поставки не подходит',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      decisionReason: 'Срок поставки не подходит',
    });
    const twice = await api(ctx.app, 'POST', `/bids/${bid.id}/reject`, buyer.token, { reason: 'ещё раз' });
    expect(twice.statusCode).toBe(409);
    expect(
      await query(
        "SELECT payload->>'reason' AS reason FROM notifications WHERE kind = 'bid.rejected' AND payload->>'bidId' = $1",
        [bid.id],
      ),
    ).toEqual([{ reason: 'Срок поставки не подходит' }]);
  });
});

describe('expire-bids', () => {
  it('expires submitted bids after their valid-until day, once, with audit events and notices', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const due = await postBid(ctx.app, supplier.token, need.id, { validUntil: '2029-06-30' });
    const later = await postBid(ctx.app, local.token, need.id, { validUntil: '2029-07-01' });

    expect(await expireOverdueBids(ctx.database.db, new Date('2029-06-30T23:59:59Z'))).toBe(0);
    expect(await expireOverdueBids(ctx.database.db, new Date('2029-07-01T00:00:01Z'))).toBe(1);
    expect(await expireOverdueBids(ctx.database.db, new Date('2029-07-01T00:00:01Z'))).toBe(0);

    expect(
      await query('SELECT status FROM bids WHERE id = ANY($1) ORDER BY valid_until', [[due.id, later.id]]),
    ).toEqual([{ status: 'expired' }, { status: 'submitted' }]);
    expect(
      await query(
        "SELECT actor_user_id, after FROM audit_events WHERE entity_id = $1 AND action = 'bid.expired'",
        [due.id],
      ),
    ).toEqual([{ actor_user_id: null, after: { status: 'expired', validUntil: '2029-06-30' } }]);
    expect(
      await query(
        "SELECT count(*)::int AS n FROM notifications WHERE kind = 'bid.expired' AND payload->>'bidId' = $1",
        [due.id],
      ),
    ).toEqual([{ n: 1 }]);
    // An expired bid no longer blocks a new one from the same supplier.
    expect((await postBid(ctx.app, supplier.token, need.id)).revision).toBe(1);
  });
});
