import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createMatchingEngine, type MatchingEngine } from './matching.engine';

let ctx: TestContext;
let engine: MatchingEngine;
let buyer: Registered;
let maker: Registered;

const matchesOf = async (needId: string) =>
  (
    await ctx.database.pool.query(
      'SELECT capability_id, manufacturer_organization_id, score, relevance, notified, components, status FROM matches WHERE need_id = $1 ORDER BY capability_id',
      [needId],
    )
  ).rows;

beforeAll(async () => {
  ctx = await createTestApp();
  engine = createMatchingEngine({ pool: ctx.database.pool });
  buyer = await register(ctx.app, { regionCode: '62' });
  maker = await register(ctx.app, { regionCode: '66' });
});
afterAll(() => ctx.close());

describe('matching runs (DESIGN.md §4)', () => {
  it('scores a pair the same whether the need or the capability came last', async () => {
    const capability = await postCapability(ctx.app, maker.token, { okpd2: ['28.15.10.123'] });
    // Its own run stores its profile (and the term statistics) before the need comes.
    expect(await engine.matchCapability(capability.id, 1)).toMatchObject({ outcome: 'matched', matches: 0 });
    const need = await postNeed(ctx.app, buyer.token, { publish: true, okpd2: '28.15.10.123' });
    expect(await engine.matchNeed(need.id, 1)).toMatchObject({ outcome: 'matched', matches: 1, strong: 1 });
    const forward = await matchesOf(need.id);
    await ctx.database.pool.query('DELETE FROM matches WHERE need_id = $1', [need.id]);
    expect(await engine.matchCapability(capability.id, 1)).toMatchObject({ outcome: 'matched', strong: 1 });
    expect(await matchesOf(need.id)).toEqual(forward);
    expect(forward[0]).toMatchObject({ notified: true });
    expect(forward[0].components).toMatchObject({ classification: 1, partNumber: 1, head: 1 });
  });

  it("never matches the buyer's own capability, nor one that does not deliver to the region", async () => {
    const own = await postCapability(ctx.app, buyer.token);
    const elsewhere = await postCapability(ctx.app, maker.token, { deliveryRegionCodes: ['77', '50'] });
    const need = await postNeed(ctx.app, buyer.token, { publish: true });
    await engine.matchNeed(need.id, 1);
    const ids = (await matchesOf(need.id)).map((row) => row.capability_id);
    expect(ids).not.toContain(own.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids.length).toBeGreaterThan(0);
    await engine.matchCapability(elsewhere.id, 1);
    expect((await matchesOf(need.id)).map((row) => row.capability_id)).not.toContain(elsewhere.id);
  });

  it('skips a superseded version and leaves draft needs unmatched', async () => {
    const need = await postNeed(ctx.app, buyer.token, { publish: true });
    const changed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/needs/${need.id}`,
      headers: { ...bearer(buyer.token), 'if-match': '"1"' },
      payload: { quantity: '10' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await engine.matchNeed(need.id, 1)).toEqual({ outcome: 'skipped', reason: 'superseded' });
    expect(await matchesOf(need.id)).toEqual([]);
    expect(await engine.matchNeed(need.id, 2)).toMatchObject({ outcome: 'matched' });
    const draft = await postNeed(ctx.app, buyer.token);
    expect(await engine.matchNeed(draft.id, 1)).toEqual({ outcome: 'cleared', removed: 0 });
  });

  it("removes a deactivated capability's proposed matches", async () => {
    const capability = await postCapability(ctx.app, maker.token, { okpd2: ['28.15.10.129'] });
    const need = await postNeed(ctx.app, buyer.token, { publish: true, okpd2: '28.15.10.129' });
    await engine.matchNeed(need.id, 1);
    expect((await matchesOf(need.id)).map((row) => row.capability_id)).toContain(capability.id);
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/capabilities/${capability.id}`,
      headers: bearer(maker.token),
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await engine.matchCapability(capability.id, 2)).toMatchObject({ outcome: 'cleared' });
    expect((await matchesOf(need.id)).map((row) => row.capability_id)).not.toContain(capability.id);
  });

  it('matches a batch of needs in one run as it matches each alone, each with its own outcome', async () => {
    await postCapability(ctx.app, maker.token, { okpd2: ['28.15.10.121'] });
    await postCapability(ctx.app, maker.token, { okpd2: ['28.15.10.122'] });
    const first = await postNeed(ctx.app, buyer.token, { publish: true, okpd2: '28.15.10.121' });
    const second = await postNeed(ctx.app, buyer.token, { publish: true, okpd2: '28.15.10.122' });
    const draft = await postNeed(ctx.app, buyer.token);
    const missing = '00000000-0000-4000-8000-000000000000';

    const results = await engine.matchNeeds([
      { needId: first.id, version: 1 },
      { needId: draft.id, version: 1 },
      { needId: second.id, version: 1 },
      { needId: missing, version: 1 },
      { needId: first.id, version: 0 },
    ]);
    expect(results[0]).toMatchObject({ outcome: 'matched', matches: (await matchesOf(first.id)).length });
    expect(results[1]).toEqual({ outcome: 'cleared', removed: 0 });
    expect(results[2]).toMatchObject({ outcome: 'matched', matches: (await matchesOf(second.id)).length });
    expect(results[3]).toEqual({ outcome: 'skipped', reason: 'missing' });
    expect(results[4]).toEqual({ outcome: 'skipped', reason: 'superseded' });
    // Each need notified its buyer once and every strongly matched manufacturer once.
    for (const [index, need] of [first, second].entries()) {
      const strong = (await matchesOf(need.id)).filter((row) => row.notified);
      expect(strong.length).toBeGreaterThan(0);
      const manufacturers = new Set(strong.map((row) => row.manufacturer_organization_id));
      expect(results[index * 2]).toMatchObject({ strong: strong.length, notified: 1 + manufacturers.size });
    }

    const [firstMatches, secondMatches] = [await matchesOf(first.id), await matchesOf(second.id)];
    await ctx.database.pool.query('DELETE FROM matches WHERE need_id = ANY($1::uuid[])', [
      [first.id, second.id],
    ]);
    await engine.matchNeed(first.id, 1);
    await engine.matchNeed(second.id, 1);
    expect([await matchesOf(first.id), await matchesOf(second.id)]).toEqual([firstMatches, secondMatches]);
    // Run again, the batch changes nothing and tells no one twice.
    const strongOf = (rows: { notified: boolean }[]) => rows.filter((row) => row.notified).length;
    expect(
      await engine.matchNeeds([
        { needId: first.id, version: 1 },
        { needId: second.id, version: 1 },
      ]),
    ).toEqual([
      {
        outcome: 'matched',
        matches: firstMatches.length,
        strong: strongOf(firstMatches),
        removed: 0,
        notified: 0,
      },
      {
        outcome: 'matched',
        matches: secondMatches.length,
        strong: strongOf(secondMatches),
        removed: 0,
        notified: 0,
      },
    ]);
  });
});
