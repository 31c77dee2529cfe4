import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

/** Needs and capabilities searched in the other language, through the term dictionary. */

let ctx: TestContext;
let viewer: Registered;
const ids = { bearing: '', both: '', seal: '', pump: '', capability: '', sealCapability: '' };

beforeAll(async () => {
  ctx = await createTestApp();
  viewer = await register(ctx.app, { regionCode: '77' });
  const buyer = await register(ctx.app, { regionCode: '62' });
  const maker = await register(ctx.app, { regionCode: '66' });
  const post = async (body: Record<string, unknown>) =>
    (await postNeed(ctx.app, buyer.token, { publish: true, replaces: undefined, description: '', ...body }))
      .id;
  ids.bearing = await post({ title: 'Подшипник роликовый 7510', okpd2: '28.15.10.123' });
  ids.both = await post({ title: 'Подшипники / ball bearings 6205-2RS', okpd2: '28.15.10.112' });
  ids.seal = await post({ title: 'Hydraulic cylinder seal kit', okpd2: '28.12.20.000' });
  ids.pump = await post({ title: 'Насос центробежный', okpd2: '28.13.14.110' });
  ids.capability = (
    await postCapability(ctx.app, maker.token, { title: 'Подшипники качения', analogues: [] })
  ).id;
  ids.sealCapability = (
    await postCapability(ctx.app, maker.token, {
      title: 'Уплотнения гидроцилиндров',
      okpd2: ['28.12.20.000'],
      analogues: [],
    })
  ).id;
});
afterAll(() => ctx.close());

const search = async (path: 'needs' | 'capabilities', query: string) => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/${path}?${query}`,
    headers: bearer(viewer.token),
  });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { id: string }[] }).items.map((item) => item.id);
};

describe('searching across languages', () => {
  it('finds a need titled in Russian by its English name, by relevance and by date', async () => {
    expect((await search('needs', 'q=bearing')).sort()).toEqual([ids.bearing, ids.both].sort());
    expect(await search('needs', 'q=bearings&sort=date')).toEqual([ids.both, ids.bearing]);
  });

  it('finds a need titled in English by its Russian name in any form', async () => {
    expect(await search('needs', `q=${encodeURIComponent('уплотнения')}`)).toEqual([ids.seal]);
  });

  it('keeps the other words of the query', async () => {
    expect(await search('needs', `q=${encodeURIComponent('роликовый bearing')}`)).toEqual([ids.bearing]);
  });

  it('pages a word and its alternatives without repeating a need that holds both', async () => {
    for (const q of ['bearing', encodeURIComponent('подшипник')]) {
      const first = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/needs?q=${q}&limit=1`,
        headers: bearer(viewer.token),
      });
      const { items, nextCursor } = first.json() as { items: { id: string }[]; nextCursor: string };
      const rest = await search('needs', `q=${q}&limit=1&cursor=${nextCursor}`);
      expect([items[0]!.id, ...rest].sort()).toEqual([ids.bearing, ids.both].sort());
    }
    expect(await search('needs', `q=${encodeURIComponent('центробежный bearing')}`)).not.toContain(
      ids.bearing,
    );
  });

  it('finds a capability titled in Russian by its English name, and the other way round', async () => {
    expect(await search('capabilities', 'q=bearing')).toEqual([ids.capability]);
    expect(await search('capabilities', 'q=seal&sort=relevance')).toEqual([ids.sealCapability]);
  });
});
