import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin, type Registered } from '../../../test/fixtures';
import { insertMatch, liveLot, lotNeedIds, rebuildLots } from '../../../test/lots-fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
const buyers: Record<string, Registered> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  for (const region of ['62', '66', '52']) buyers[region] = await register(ctx.app, { regionCode: region });
});
afterAll(() => ctx.close());

/** An open need of the region's buyer, delivered to that region. */
const needIn = (region: string, overrides: Record<string, unknown>) =>
  openNeed(ctx.app, buyers[region]!.token, { deliveryRegionCode: region, critical: false, ...overrides });

const cancel = async (region: string, needId: string) => {
  const response = await api(ctx.app, 'POST', `/needs/${needId}/cancel`, buyers[region]!.token);
  expect(response.statusCode, response.body).toBe(200);
};

describe('lot rebuild (DESIGN.md §2)', () => {
  it('pools three needs of one OKPD2 kind from three regions into one lot with exact totals', async () => {
    const kind = '25.73.40';
    const a = await needIn('62', {
      okpd2: '25.73.40.110',
      quantity: '100',
      targetUnitPrice: '10.50',
      neededBy: '2030-03-02',
    });
    const b = await needIn('66', {
      okpd2: '25.73.40.121',
      quantity: '200.5',
      targetUnitPrice: '20.00',
      neededBy: '2030-05-01',
    });
    const c = await needIn('52', {
      okpd2: '25.73.40',
      quantity: '300',
      targetUnitPrice: undefined,
      neededBy: '2030-04-01',
    });
    // Same kind, another unit: no lot of its own (one region) and never in the pieces' lot.
    await needIn('62', { okpd2: '25.73.40.110', unit: '166', quantity: '5' });
    // A manufacturer relevant to one of the needs (50 a month, same unit); one coding the kind that
    // matching found no relevance for; one in another unit.
    const maker = await register(ctx.app, { regionCode: '77' });
    const relevant = await postCapability(ctx.app, maker.token, {
      okpd2: ['25.73.40.110'],
      monthlyCapacity: '50',
      unit: '796',
    });
    await postCapability(ctx.app, maker.token, {
      okpd2: ['25.73.40.110'],
      monthlyCapacity: '4000',
      unit: '796',
    });
    await postCapability(ctx.app, maker.token, {
      okpd2: ['25.73.40.120'],
      monthlyCapacity: '9999',
      unit: '166',
    });
    await insertMatch(ctx.database, {
      needId: b.id,
      capabilityId: relevant.id,
      manufacturerId: maker.organizationId,
      score: '0.8',
      notified: true,
    });

    const stats = await rebuildLots(ctx.database, '2030-01-01');
    expect(stats.created).toBeGreaterThanOrEqual(1);

    const lot = await liveLot(ctx.database, kind);
    expect(lot).toMatchObject({
      status: 'draft',
      needs_count: 3,
      total_quantity: '600.500',
      // 100 × 10.50 + 200.5 × 20.00; the unpriced need counts in quantity only.
      total_value: '5060.00',
      priced_needs_count: 2,
      regions_count: 3,
      region_codes: ['52', '62', '66'],
      buyers_count: 3,
      earliest_needed_by: '2030-03-02',
      matched_capacity: '50.000',
      capabilities_count: 1,
      // 50 a month × 60 days / 30.4375 days a month / 600.5.
      coverage: '0.1641',
    });
    expect(await lotNeedIds(ctx.database, lot!.id)).toEqual([a.id, b.id, c.id].sort());
    expect(await liveLot(ctx.database, kind, '166')).toBeUndefined();

    const response = await api(ctx.app, 'GET', `/lots/${lot!.id}`, analyst.token);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      okpd2Kind: kind,
      okpd2KindName: expect.stringContaining('Инструменты'),
      totalQuantity: '600.5',
      totalValue: '5060.00',
      matchedCapacity: '50',
      coverage: 0.1641,
    });
    expect(response.json().needs).toHaveLength(3);
  });

  it('counts a strongly matched capability of another code, once, and not a dismissed or a possible match', async () => {
    const kind = '22.19.20';
    const a = await needIn('62', { okpd2: '22.19.20.111', quantity: '1000', neededBy: '2030-01-31' });
    await needIn('66', { okpd2: '22.19.20.112', quantity: '1000', neededBy: '2030-03-01' });
    const maker = await register(ctx.app, { regionCode: '77' });
    // Coded elsewhere (class 22.2), but the matching engine found it fits.
    const matched = await postCapability(ctx.app, maker.token, {
      okpd2: ['22.29.29'],
      monthlyCapacity: '300',
    });
    const dismissed = await postCapability(ctx.app, maker.token, {
      okpd2: ['22.29.29'],
      monthlyCapacity: '7000',
    });
    const possible = await postCapability(ctx.app, maker.token, {
      okpd2: ['22.29.29'],
      monthlyCapacity: '5000',
    });
    await ctx.database.pool.query(
      `INSERT INTO matches (need_id, capability_id, manufacturer_organization_id, score, relevance, notified, components,
                            interregional, distance_km, need_version, status)
       VALUES ($1, $2, $4, 0.8, 0.8, true, '{}', true, 100, 1, 'proposed'),
              ($1, $3, $4, 0.7, 0.7, true, '{}', true, 100, 1, 'dismissed'),
              ($1, $5, $4, 0.4, 0.4, false, '{}', true, 100, 1, 'proposed')`,
      [a.id, matched.id, dismissed.id, maker.organizationId, possible.id],
    );
    await rebuildLots(ctx.database, '2030-01-01');
    // 300 a month over the 30 days to the earliest needed-by, against 2000.
    expect(await liveLot(ctx.database, kind)).toMatchObject({
      matched_capacity: '300.000',
      capabilities_count: 1,
      coverage: String((Math.round(((300 * 30) / 30.4375 / 2000) * 10_000) / 10_000).toFixed(4)),
    });
  });

  it('changes nothing when rebuilt twice', async () => {
    await rebuildLots(ctx.database);
    const before = await ctx.database.pool.query('SELECT * FROM lots ORDER BY id');
    const members = await ctx.database.pool.query('SELECT * FROM lot_needs ORDER BY lot_id, need_id');
    const kinds = await ctx.database.pool.query('SELECT * FROM demand_kinds ORDER BY okpd2_kind, unit');
    expect(kinds.rows.length).toBeGreaterThan(before.rows.length);
    const stats = await rebuildLots(ctx.database);
    expect(stats).toMatchObject({
      created: 0,
      updated: 0,
      removed: 0,
      archived: 0,
      needsJoined: 0,
      needsLeft: 0,
    });
    expect((await ctx.database.pool.query('SELECT * FROM lots ORDER BY id')).rows).toEqual(before.rows);
    expect((await ctx.database.pool.query('SELECT * FROM lot_needs ORDER BY lot_id, need_id')).rows).toEqual(
      members.rows,
    );
    expect(
      (await ctx.database.pool.query('SELECT * FROM demand_kinds ORDER BY okpd2_kind, unit')).rows,
    ).toEqual(kinds.rows);
  });

  it('lets a cancelled need leave its lot, and removes a draft lot left in one region', async () => {
    const kind = '27.11.10';
    const a = await needIn('62', { okpd2: '27.11.10.110', quantity: '10' });
    const b = await needIn('66', { okpd2: '27.11.10.110', quantity: '20' });
    const c = await needIn('52', { okpd2: '27.11.10.110', quantity: '30' });
    await rebuildLots(ctx.database);
    const lot = await liveLot(ctx.database, kind);
    expect(lot?.needs_count).toBe(3);

    await cancel('52', c.id);
    const stats = await rebuildLots(ctx.database);
    expect(stats).toMatchObject({ needsLeft: 1, updated: 1 });
    expect(await liveLot(ctx.database, kind)).toMatchObject({
      id: lot!.id,
      needs_count: 2,
      total_quantity: '30.000',
      region_codes: ['62', '66'],
    });
    expect(await lotNeedIds(ctx.database, lot!.id)).toEqual([a.id, b.id].sort());

    await cancel('66', b.id);
    expect((await rebuildLots(ctx.database)).removed).toBe(1);
    expect(await liveLot(ctx.database, kind)).toBeUndefined();
    const response = await api(ctx.app, 'GET', `/lots/${lot!.id}`, analyst.token);
    expect(response.statusCode).toBe(404);
  });

  it('moves a need whose code changes to another kind', async () => {
    const a = await needIn('62', { okpd2: '20.11.11.110', quantity: '1' });
    const b = await needIn('66', { okpd2: '20.11.11.110', quantity: '2' });
    await needIn('52', { okpd2: '20.11.11.110', quantity: '3' });
    await needIn('66', { okpd2: '20.11.12.110', quantity: '4' });
    await rebuildLots(ctx.database);
    expect((await liveLot(ctx.database, '20.11.11'))?.needs_count).toBe(3);
    expect(await liveLot(ctx.database, '20.11.12')).toBeUndefined();

    const moved = await api(
      ctx.app,
      'PATCH',
      `/needs/${a.id}`,
      buyers['62']!.token,
      { okpd2: '20.11.12.110' },
      {
        'if-match': `"${a.version}"`,
      },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    await rebuildLots(ctx.database);
    expect(await liveLot(ctx.database, '20.11.11')).toMatchObject({
      needs_count: 2,
      total_quantity: '5.000',
    });
    const joined = await liveLot(ctx.database, '20.11.12');
    expect(joined).toMatchObject({ needs_count: 2, region_codes: ['62', '66'] });
    expect(await lotNeedIds(ctx.database, joined!.id)).not.toContain(b.id);
  });

  it('archives a published lot whose needs no longer span two regions, keeping its needs on record', async () => {
    const kind = '20.13.43';
    const a = await needIn('62', { okpd2: '20.13.43.110', quantity: '10' });
    const b = await needIn('66', { okpd2: '20.13.43.110', quantity: '10' });
    await rebuildLots(ctx.database);
    const lot = await liveLot(ctx.database, kind);
    const published = await api(ctx.app, 'POST', `/lots/${lot!.id}/publish`, analyst.token);
    expect(published.statusCode, published.body).toBe(200);

    await cancel('66', b.id);
    expect((await rebuildLots(ctx.database)).archived).toBe(1);
    const response = await api(ctx.app, 'GET', `/lots/${lot!.id}`, buyers['62']!.token);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'archived', archivedAt: expect.any(String) });
    expect(await lotNeedIds(ctx.database, lot!.id)).toEqual([a.id, b.id].sort());

    // Demand from a second region again: a new draft lot, the archived one stays as it was.
    await needIn('52', { okpd2: '20.13.43.110', quantity: '7' });
    await rebuildLots(ctx.database);
    const fresh = await liveLot(ctx.database, kind);
    expect(fresh).toMatchObject({ status: 'draft', needs_count: 2 });
    expect(fresh!.id).not.toBe(lot!.id);
  });
});
