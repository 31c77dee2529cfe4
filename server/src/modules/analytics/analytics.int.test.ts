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
import { insertMatch } from '../../../test/lots-fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
let centre62: Registered;
let centre77: Registered;
let unverifiedCentre: Registered;
let buyer62: Registered;
let supplier66: Registered;
let supplier52: Registered;
let supplier62: Registered;

const ENDPOINTS = ['summary', 'regions', 'flows', 'bottlenecks', 'niches', 'niches/export.xlsx'];

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre62 = await registerVerifiedCentre(ctx.app, admin.token, '62');
  centre77 = await registerVerifiedCentre(ctx.app, admin.token, '77');
  unverifiedCentre = await register(ctx.app, { kind: 'center', regionCode: '50' });
  buyer62 = await register(ctx.app, { regionCode: '62' });
  supplier66 = await register(ctx.app, { regionCode: '66' });
  supplier52 = await register(ctx.app, { regionCode: '52' });
  supplier62 = await register(ctx.app, { regionCode: '62' });
});
afterAll(() => ctx.close());

const get = async (path: string, token: string) => {
  const response = await api(ctx.app, 'GET', `/analytics/${path}`, token);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('who sees analytics (DESIGN.md §3)', () => {
  it('refuses enterprises and unverified centres with 403', async () => {
    for (const path of ENDPOINTS) {
      expect((await api(ctx.app, 'GET', `/analytics/${path}`, buyer62.token)).statusCode).toBe(403);
      const centre = await api(ctx.app, 'GET', `/analytics/${path}`, unverifiedCentre.token);
      expect(centre.statusCode).toBe(403);
      expect(centre.json().code).toBe('center_not_verified');
    }
  });

  it('answers 404 when a centre asks for another region, and limits it to its own otherwise', async () => {
    for (const path of ENDPOINTS) {
      const other = await api(ctx.app, 'GET', `/analytics/${path}?region=77`, centre62.token);
      expect(other.statusCode, path).toBe(404);
      expect(other.headers['content-type']).toContain('application/problem+json');
    }
    for (const path of ['summary', 'regions', 'flows', 'bottlenecks', 'niches']) {
      expect((await get(`${path}?region=62`, centre62.token)).scope).toEqual({ regionCode: '62' });
      expect((await get(path, centre62.token)).scope).toEqual({ regionCode: '62' });
    }
    const regions = await get('regions', centre62.token);
    expect(regions.regions.map((r: { code: string }) => r.code)).toEqual(['62']);
    expect(regions.districts).toEqual([]);
  });

  it('shows analysts the whole country or one region, and refuses a malformed region with 400', async () => {
    const country = await get('regions', analyst.token);
    expect(country.scope).toEqual({ regionCode: null });
    expect(country.regions.length).toBeGreaterThanOrEqual(85);
    expect(country.districts).toHaveLength(8);
    expect((await get('summary?region=77', analyst.token)).scope).toEqual({ regionCode: '77' });
    const bad = await api(ctx.app, 'GET', '/analytics/summary?region=7', analyst.token);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('region');
  });
});

describe('flows', () => {
  it('count accepted orders only (never bids or matches), supplier region → buyer region', async () => {
    const need = await openNeed(ctx.app, buyer62.token, { deliveryRegionCode: '62' });
    const winning = await postBid(ctx.app, supplier66.token, need.id, {
      unitPrice: '100.00',
      quantity: '1200',
    });
    await postBid(ctx.app, supplier52.token, need.id, { unitPrice: '99.00', quantity: '1200' });
    const capability = await postCapability(ctx.app, supplier52.token);
    await insertMatch(ctx.database, {
      needId: need.id,
      capabilityId: capability.id,
      manufacturerId: supplier52.organizationId,
      score: '0.9',
    });
    await acceptedOrder(ctx.app, buyer62.token, winning.id);
    const local = await openNeed(ctx.app, buyer62.token, { deliveryRegionCode: '62', quantity: '10' });
    const localBid = await postBid(ctx.app, supplier62.token, local.id, {
      unitPrice: '5.50',
      quantity: '10',
    });
    await acceptedOrder(ctx.app, buyer62.token, localBid.id);
    // A submitted bid that is never accepted: no flow.
    const pending = await openNeed(ctx.app, buyer62.token, { deliveryRegionCode: '62' });
    await postBid(ctx.app, supplier52.token, pending.id);

    const { flows } = await get('flows', analyst.token);
    expect(flows).toEqual([
      { supplierRegionCode: '66', buyerRegionCode: '62', interregional: true, orders: 1, value: '120000.00' },
      { supplierRegionCode: '62', buyerRegionCode: '62', interregional: false, orders: 1, value: '55.00' },
    ]);
    expect((await get('flows', centre62.token)).flows).toHaveLength(2);
    expect((await get('flows', centre77.token)).flows).toEqual([]);
    expect((await get('flows?region=66', analyst.token)).flows).toHaveLength(1);

    const summary = await get('summary?region=62', analyst.token);
    expect(summary.orders).toMatchObject({
      count: 2,
      value: '120055.00',
      interregionalCount: 1,
      interregionalValue: '120000.00',
      medianHoursToAcceptance: expect.any(Number),
    });
    const regions = await get('regions', analyst.token);
    const row = (code: string) => regions.regions.find((r: { code: string }) => r.code === code);
    expect(row('62').ordersIn).toEqual({ count: 2, value: '120055.00' });
    expect(row('66').ordersOut).toEqual({ count: 1, value: '120000.00' });
    expect(row('52').ordersOut).toEqual({ count: 0, value: '0.00' });
  });
});

describe('summary and regions', () => {
  it('count needs by status, capabilities, the match rate and the median time to the first match', async () => {
    const buyer29 = await register(ctx.app, { regionCode: '29' });
    const maker29 = await register(ctx.app, { regionCode: '29' });
    const matched = await openNeed(ctx.app, buyer29.token, {
      deliveryRegionCode: '29',
      quantity: '100',
      targetUnitPrice: '12.34',
    });
    await openNeed(ctx.app, buyer29.token, {
      deliveryRegionCode: '29',
      quantity: '3',
      targetUnitPrice: undefined,
    });
    await postNeed(ctx.app, buyer29.token, { deliveryRegionCode: '29' });
    const capability = await postCapability(ctx.app, maker29.token);
    await insertMatch(ctx.database, {
      needId: matched.id,
      capabilityId: capability.id,
      manufacturerId: maker29.organizationId,
      score: '0.7',
      notified: true,
    });
    // Found two hours after publication.
    await ctx.database.pool.query(
      `UPDATE matches SET created_at = (SELECT published_at FROM needs WHERE id = $1) + interval '2 hours' WHERE need_id = $1`,
      [matched.id],
    );

    const summary = await get('summary?region=29', analyst.token);
    expect(summary).toMatchObject({
      needs: {
        total: 3,
        byStatus: { draft: 1, open: 2, awarded: 0, closed: 0, cancelled: 0, expired: 0 },
        openValue: '1234.00',
      },
      capabilities: { active: 1, manufacturers: 1 },
      matching: { openNeeds: 2, openNeedsMatched: 1, matchRate: 0.5, medianHoursToFirstMatch: 2 },
      orders: { count: 0, value: '0.00', medianHoursToAcceptance: null },
    });

    const regions = await get('regions', analyst.token);
    expect(regions.regions.find((r: { code: string }) => r.code === '29')).toMatchObject({
      federalDistrict: 'northwestern',
      needs: 2,
      openNeeds: 2,
      openValue: '1234.00',
      capabilities: 1,
      matchedShare: 0.5,
    });
    const northwest = regions.districts.find(
      (d: { federalDistrict: string }) => d.federalDistrict === 'northwestern',
    );
    expect(northwest).toMatchObject({
      needs: 2,
      openNeeds: 2,
      openValue: '1234.00',
      capabilities: 1,
      matchedShare: 0.5,
    });
    const empty = regions.regions.find((r: { code: string }) => r.code === '01');
    expect(empty).toMatchObject({ needs: 0, openValue: '0.00', matchedShare: null });
  });
});

describe('OpenAPI', () => {
  it('documents the analyst workspace routes', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/analytics/summary',
        '/api/v1/analytics/niches/export.xlsx',
        '/api/v1/lots/{id}/bids',
        '/api/v1/lots/rebuilds/{id}',
        '/api/v1/support-measures/applicable',
      ]),
    );
  });
});
