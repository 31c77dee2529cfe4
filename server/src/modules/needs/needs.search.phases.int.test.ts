import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { prefixUpperBound } from './needs.search.filters';

let ctx: TestContext;
let buyer: Registered;
beforeAll(async () => {
  ctx = await createTestApp();
  buyer = await register(ctx.app, { regionCode: '62' });
});
afterAll(() => ctx.close());

const list = async (query: string) => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/needs?${query}`,
    headers: bearer(buyer.token),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { id: string; title: string }[]; nextCursor: string | null };
};

async function pageThrough(query: string, limit: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result = await list(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...result.items.map((item) => item.title));
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return seen;
}

describe('needs search in two phases (full text first, then fuzzy-only matches)', () => {
  it('pages across the border of word and fuzzy matches as one ordered list, nothing skipped or repeated', async () => {
    const titles = [
      'Клапан обратный',
      'Клапаны запорные',
      'Корпус клапана',
      'Клапан предохранительный',
      // Typos: only trigram similarity finds them, after every full-text match.
      'Клапон обратный',
      'Клапн запорный',
    ];
    for (const title of titles)
      await postNeed(ctx.app, buyer.token, { publish: true, title, replaces: undefined });
    const query = `buyer=${buyer.organizationId}&q=${encodeURIComponent('клапан')}`;
    const whole = (await list(`${query}&limit=100`)).items.map((item) => item.title);
    expect(whole).toHaveLength(titles.length);
    expect(whole.slice(4).sort()).toEqual(['Клапн запорный', 'Клапон обратный']);
    for (const limit of [1, 2, 3, 5]) expect(await pageThrough(query, limit)).toEqual(whole);
  });

  it('finds by OKPD2 prefixes ending in any digit, with region, district, status and criticality', async () => {
    const pump = await postNeed(ctx.app, buyer.token, {
      publish: true,
      title: 'Насос шестеренный',
      okpd2: '28.13.14.110',
      critical: false,
    });
    const drill = await postNeed(ctx.app, buyer.token, { title: 'Сверло спиральное', okpd2: '25.73.40.119' });
    const ids = async (query: string) =>
      (await list(`buyer=${buyer.organizationId}&${query}`)).items.map((i) => i.id);
    expect(await ids('okpd2=28.13')).toEqual([pump.id]);
    expect(await ids('okpd2=25.73.40.119')).toEqual([drill.id]);
    expect(await ids('okpd2=25.73.40.110')).toEqual([drill.id]);
    expect(await ids('okpd2=25.73.40.120')).toEqual([]);
    expect(await ids('okpd2=28.13&region=62&district=central&status=open&critical=false')).toEqual([pump.id]);
    expect(await ids('okpd2=28.13&district=ural')).toEqual([]);
    expect(await ids('status=draft')).toEqual([drill.id]);
  });

  it('bounds a prefix in byte order', () => {
    expect(prefixUpperBound('28.15')).toBe('28.16');
    expect(prefixUpperBound('25.73.40.19')).toBe('25.73.40.1:');
    expect(prefixUpperBound('28')).toBe('29');
  });
});
