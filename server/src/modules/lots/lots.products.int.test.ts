import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin, type Registered } from '../../../test/fixtures';
import { insertMatch, liveLots, lotNeedIds, rebuildLots } from '../../../test/lots-fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { relevanceModel, termsOf, titleTermsOf } from '../matching/relevance/relevance-model';

let ctx: TestContext;
let analyst: { token: string };
const buyers: Record<string, Registered> = {};

/** One OKPD2 leaf for every bearing below: the code alone cannot tell them apart. */
const LEAF = '28.15.10.120';
const KIND = LEAF.slice(0, 8);

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  for (const region of ['62', '66', '52']) buyers[region] = await register(ctx.app, { regionCode: region });
});
afterAll(() => ctx.close());

const bearing = (region: string, title: string, quantity: string, neededBy = '2030-03-01') =>
  openNeed(ctx.app, buyers[region]!.token, {
    title,
    description: '',
    replaces: undefined,
    okpd2: LEAF,
    quantity,
    targetUnitPrice: undefined,
    neededBy,
    deliveryRegionCode: region,
    critical: false,
  });

/** A capability with its profile stored as the matching worker stores it. */
async function plant(title: string, monthlyCapacity: string) {
  const maker = await register(ctx.app, { regionCode: '77' });
  const capability = await postCapability(ctx.app, maker.token, {
    title,
    description: '',
    analogues: [],
    okpd2: [LEAF],
    monthlyCapacity,
  });
  const model = relevanceModel();
  const profile = model.capabilityProfile({ title, description: '', analogues: [] });
  await ctx.database.pool.query(
    `INSERT INTO capability_match_profiles (capability_id, capability_version, profile_version, terms, title_terms, profile)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      capability.id,
      capability.version,
      model.profileVersion,
      termsOf(profile),
      titleTermsOf(profile),
      profile,
    ],
  );
  return { maker, capabilityId: capability.id };
}

describe('lots of one product (DESIGN.md §2)', () => {
  let needle: { id: string }[];
  let tapered: { id: string }[];

  beforeAll(async () => {
    needle = [
      await bearing('62', 'Подшипник игольчатый НК 25/20', '300', '2030-02-01'),
      await bearing('66', 'Подшипники игольчатые НК 25/16', '200', '2030-03-01'),
      await bearing('52', 'Подшипник игольчатый НК 25/20', '100', '2030-04-01'),
    ];
    tapered = [
      await bearing('62', 'Подшипник роликовый конический 7208', '1000'),
      await bearing('52', 'Подшипники роликовые конические 7208', '4000'),
    ];
    // A ball bearing in one region only: no lot, and never in the others.
    await bearing('66', 'Подшипник шариковый радиальный 6205', '200');
  });

  it('never pools two different products of one OKPD2 leaf: needle and tapered bearings make two lots', async () => {
    await rebuildLots(ctx.database, '2030-01-01');
    const lots = await liveLots(ctx.database, KIND);
    expect(lots.map((lot) => [lot.product_name, lot.needs_count, lot.total_quantity])).toEqual([
      ['Подшипник игольчатый', 3, '600.000'],
      ['Подшипник роликовый конический', 2, '5000.000'],
    ]);
    const [needleLot, taperedLot] = lots;
    expect(await lotNeedIds(ctx.database, needleLot!.id)).toEqual(needle.map((n) => n.id).sort());
    expect(await lotNeedIds(ctx.database, taperedLot!.id)).toEqual(tapered.map((n) => n.id).sort());

    // The lot shows the product and its lines: two sizes of needle bearings, largest quantity first.
    const response = await api(ctx.app, 'GET', `/lots/${needleLot!.id}`, analyst.token);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      productName: 'Подшипник игольчатый',
      totalQuantity: '600',
      lines: [
        { name: 'НК 25/20', quantity: '400', needsCount: 2 },
        { name: 'НК 25/16', quantity: '200', needsCount: 1 },
      ],
    });
    expect((await rebuildLots(ctx.database, '2030-01-01')).needsJoined).toBe(0);
  });

  it('counts in coverage only the makers relevant to the lot’s product, not a maker of another bearing', async () => {
    const needleMaker = await plant('Подшипники игольчатые', '200');
    const taperedMaker = await plant('Подшипники роликовые конические', '9000');
    // Relevance passes the notify threshold for both (same head noun, same code): only the product differs.
    for (const [plantOf, relevance] of [
      [needleMaker, '0.76'],
      [taperedMaker, '0.51'],
    ] as const) {
      await insertMatch(ctx.database, {
        needId: needle[0]!.id,
        capabilityId: plantOf.capabilityId,
        manufacturerId: plantOf.maker.organizationId,
        score: relevance,
        notified: true,
      });
    }
    await insertMatch(ctx.database, {
      needId: tapered[0]!.id,
      capabilityId: taperedMaker.capabilityId,
      manufacturerId: taperedMaker.maker.organizationId,
      score: '0.9',
      notified: true,
    });
    await rebuildLots(ctx.database, '2030-01-01');
    const [needleLot, taperedLot] = await liveLots(ctx.database, KIND);
    expect(needleLot).toMatchObject({ capabilities_count: 1, matched_capacity: '200.000' });
    expect(taperedLot).toMatchObject({ capabilities_count: 1, matched_capacity: '9000.000' });
    const second = await rebuildLots(ctx.database, '2030-01-01');
    expect(second).toMatchObject({ created: 0, updated: 0, needsJoined: 0, needsLeft: 0 });
  });

  describe('per-line prices', () => {
    let lotId: string;
    let line2520: string;
    let line2516: string;
    let bidder: Registered;

    beforeAll(async () => {
      const [needleLot] = await liveLots(ctx.database, KIND);
      lotId = needleLot!.id;
      const published = await api(ctx.app, 'POST', `/lots/${lotId}/publish`, analyst.token);
      expect(published.statusCode, published.body).toBe(200);
      const lines = published.json().lines as { key: string; name: string }[];
      line2520 = lines.find((line) => line.name === 'НК 25/20')!.key;
      line2516 = lines.find((line) => line.name === 'НК 25/16')!.key;
      bidder = await register(ctx.app, { regionCode: '50' });
    });

    const bid = (body: Record<string, unknown>) =>
      api(ctx.app, 'POST', `/lots/${lotId}/bids`, bidder.token, {
        quantity: '600',
        leadTimeDays: 30,
        validUntil: '2030-06-30',
        ...body,
      });

    it('refuses line prices that leave a line unpriced or name a line the lot has not', async () => {
      const missing = await bid({ linePrices: [{ line: line2520, unitPrice: '100.00' }] });
      expect(missing.statusCode, missing.body).toBe(400);
      expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'linePrices' })]);
      const unknown = await bid({
        linePrices: [
          { line: line2520, unitPrice: '100.00' },
          { line: line2516, unitPrice: '120.00' },
          { line: 'NO-SUCH-SIZE', unitPrice: '1.00' },
        ],
      });
      expect(unknown.statusCode, unknown.body).toBe(400);
      expect(unknown.json().errors).toEqual([expect.objectContaining({ path: 'linePrices.2.line' })]);
    });

    it('gives each buyer’s order the price of its need’s line on award', async () => {
      const created = await bid({
        linePrices: [
          { line: line2520, unitPrice: '100.00' },
          { line: line2516, unitPrice: '120.55' },
        ],
      });
      expect(created.statusCode, created.body).toBe(201);
      // (400 × 100.00 + 200 × 120.55) / 600 = 106.85
      expect(created.json()).toMatchObject({ unitPrice: '106.85', total: '64110.00' });
      expect(created.json().linePrices).toHaveLength(2);

      const awarded = await api(
        ctx.app,
        'POST',
        `/lots/${lotId}/awards`,
        analyst.token,
        { awards: [{ lotBidId: created.json().id, quantity: '600' }] },
        { 'idempotency-key': randomUUID() },
      );
      expect(awarded.statusCode, awarded.body).toBe(201);
      const prices = Object.fromEntries(
        (awarded.json().orders as { needId: string; unitPrice: string; total: string }[]).map((order) => [
          order.needId,
          [order.unitPrice, order.total],
        ]),
      );
      expect(prices).toEqual({
        [needle[0]!.id]: ['100.00', '30000.00'],
        [needle[1]!.id]: ['120.55', '24110.00'],
        [needle[2]!.id]: ['100.00', '10000.00'],
      });
    });
  });
});
