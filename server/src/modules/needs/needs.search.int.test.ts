import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let viewer: Registered;
const ids: Record<'bearings' | 'sleeve' | 'pump' | 'drills' | 'housing', string> = {
  bearings: '',
  sleeve: '',
  pump: '',
  drills: '',
  housing: '',
};

beforeAll(async () => {
  ctx = await createTestApp();
  viewer = await register(ctx.app, { regionCode: '77' });
  const ryazan = await register(ctx.app, { regionCode: '62' });
  const sverdlovsk = await register(ctx.app, { regionCode: '66' });
  const moscowOblast = await register(ctx.app, { regionCode: '50' });
  const post = async (buyer: Registered, body: Record<string, unknown>) =>
    (await postNeed(ctx.app, buyer.token, { publish: true, replaces: undefined, description: '', ...body }))
      .id;
  ids.bearings = await post(ryazan, {
    title: 'Подшипники роликовые конические',
    okpd2: '28.15.10.123',
    replaces: 'SKF 32210',
    deliveryRegionCode: '62',
  });
  ids.sleeve = await post(ryazan, {
    title: 'Втулка насоса',
    description: 'Bronze sleeve bearings for the pump shaft',
    okpd2: '28.13.14.110',
    deliveryRegionCode: '62',
    critical: false,
  });
  ids.pump = await post(sverdlovsk, {
    title: 'Насос центробежный',
    okpd2: '28.13.14.110',
    deliveryRegionCode: '66',
  });
  ids.drills = await post(moscowOblast, {
    title: 'Сверла твердосплавные',
    okpd2: '25.73.40.112',
    deliveryRegionCode: '50',
  });
  ids.housing = await post(ryazan, {
    title: 'Корпус редуктора',
    description: 'Посадочные места под подшипники',
    okpd2: '28.15.10.123',
    deliveryRegionCode: '62',
  });
});
afterAll(() => ctx.close());

const list = async (query: string, token = viewer.token) => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/needs?${query}`,
    headers: bearer(token),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { id: string; title: string }[]; nextCursor: string | null };
};
const idsOf = async (query: string) => (await list(query)).items.map((item) => item.id);

describe('searching needs', () => {
  it('finds a Russian word in another form (подшипник → «Подшипники»), best match first', async () => {
    const found = await idsOf(`q=${encodeURIComponent('подшипник')}`);
    expect(found[0]).toBe(ids.bearings);
    expect(found).toContain(ids.housing);
    expect(found).not.toContain(ids.drills);
  });

  it('finds an English word in the description', async () => {
    expect(await idsOf('q=bearing')).toContain(ids.sleeve);
  });

  it('finds a misspelled word', async () => {
    expect(await idsOf(`q=${encodeURIComponent('подшибник')}`)).toContain(ids.bearings);
  });

  it('finds a part number, whole or without the brand', async () => {
    expect((await idsOf(`q=${encodeURIComponent('SKF 32210')}`))[0]).toBe(ids.bearings);
    expect((await idsOf('q=32210'))[0]).toBe(ids.bearings);
    expect(await idsOf('q=skf32210')).toContain(ids.bearings);
  });

  it('filters by OKPD2 prefix at any level', async () => {
    const inClass = await idsOf('okpd2=28');
    expect(inClass).toEqual(expect.arrayContaining([ids.bearings, ids.sleeve, ids.pump, ids.housing]));
    expect(inClass).not.toContain(ids.drills);
    expect((await idsOf('okpd2=28.15')).sort()).toEqual([ids.bearings, ids.housing].sort());
    // A category holds its subcategories: 28.15.10.120 → 28.15.10.123.
    expect(await idsOf('okpd2=28.15.10.120')).toContain(ids.bearings);
    expect(await idsOf('okpd2=28.15.10.121')).toEqual([]);
  });

  it('filters by delivery region and by federal district', async () => {
    expect(await idsOf('region=66')).toEqual([ids.pump]);
    expect(await idsOf('district=ural')).toEqual([ids.pump]);
    const central = await idsOf('district=central');
    expect(central).toEqual(expect.arrayContaining([ids.bearings, ids.drills]));
    expect(central).not.toContain(ids.pump);
  });

  it('combines words with filters, and filters by criticality', async () => {
    expect(await idsOf(`q=${encodeURIComponent('подшипник')}&region=66`)).toEqual([]);
    expect(await idsOf('critical=false')).toEqual([ids.sleeve]);
  });

  it('lists newest first without a query, and refuses a cursor it did not write', async () => {
    const all = await idsOf('limit=100');
    expect(all.slice(0, 5)).toEqual([ids.housing, ids.drills, ids.pump, ids.sleeve, ids.bearings]);
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/needs?cursor=bm90LWEtY3Vyc29y',
      headers: bearer(viewer.token),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'cursor', message: 'is not valid' }]);
  });
});

describe('keyset pagination', () => {
  const pageThrough = async (query: string, between?: (page: number) => Promise<void>) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result = await list(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...result.items.map((item) => item.id));
      cursor = result.nextCursor;
      if (!cursor) break;
      await between?.(page);
    }
    return seen;
  };

  it('neither skips nor repeats needs when new ones arrive between pages (newest first)', async () => {
    const buyer = await register(ctx.app, { regionCode: '62' });
    const original: string[] = [];
    for (let i = 0; i < 7; i++)
      original.push((await postNeed(ctx.app, buyer.token, { publish: true, title: `Заготовка ${i}` })).id);
    const arrived: string[] = [];
    const seen = await pageThrough(`buyer=${buyer.organizationId}&limit=3`, async () => {
      arrived.push((await postNeed(ctx.app, buyer.token, { publish: true, title: 'Новая заготовка' })).id);
    });
    expect(seen).toEqual([...original].reverse());
    expect(arrived).toHaveLength(2);
  });

  it('neither skips nor repeats needs when paging by relevance', async () => {
    const buyer = await register(ctx.app, { regionCode: '62' });
    const titles = [
      'Фреза концевая',
      'Фреза дисковая',
      'Фреза',
      'Фрезы червячные',
      'Корпус фрезы',
      'Фреза торцевая',
    ];
    for (const title of titles) await postNeed(ctx.app, buyer.token, { publish: true, title });
    const query = `buyer=${buyer.organizationId}&q=${encodeURIComponent('фреза')}`;
    const expected = await idsOf(`${query}&limit=100`);
    expect(expected).toHaveLength(titles.length);
    const seen = await pageThrough(`${query}&limit=2`, async () => {
      await postNeed(ctx.app, buyer.token, { publish: true, title: 'Фреза новая' });
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(expected));
  });
});
