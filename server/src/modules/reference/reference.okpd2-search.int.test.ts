import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let user: Registered;
beforeAll(async () => {
  ctx = await createTestApp();
  user = await register(ctx.app, { regionCode: '62' });
});
afterAll(() => ctx.close());

type Code = { code: string; name: string };

const okpd2 = async (q: string) => {
  const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/okpd2', query: { q, limit: '60' } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Code[];
};

const suggest = async (title: string, token = user.token) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/v1/okpd2/suggest',
    query: { title },
    headers: token ? bearer(token) : {},
  });

describe('the OKPD2 picker', () => {
  it('ranks the kind above its varieties for one word: «подшипники» finds the bearing codes, general first', async () => {
    const codes = (await okpd2('подшипники')).map((item) => item.code);
    expect(codes.slice(0, 3)).toEqual(['28.15', '28.15.1', '28.15.2']);
    expect(codes.indexOf('28.15.10')).toBeLessThan(codes.indexOf('28.15.10.111'));
    // A name that only mentions bearings comes after those that are bearings.
    expect(codes.indexOf('28.15.10.130')).toBeLessThan(codes.indexOf('28.15.23'));
  });

  it('tolerates a typo: «подшипнек» finds the bearings', async () => {
    const items = await okpd2('подшипнек');
    expect(items[0]?.code).toBe('28.15');
    expect(items.map((item) => item.code)).toContain('28.15.10');
  });

  it('finds shop words: «фреза концевая» finds the milling cutters, «втулки» the plain bearings', async () => {
    const cutters = await okpd2('фреза концевая');
    expect(cutters[0]).toMatchObject({ code: '25.73.40.160', name: 'Фрезы' });
    const bushings = (await okpd2('втулки')).map((item) => item.code);
    expect(bushings).toEqual(expect.arrayContaining(['28.15.23', '28.15.23.120']));
  });

  it('finds codes by English words through the dictionary', async () => {
    expect((await okpd2('bearing'))[0]?.code).toBe('28.15');
    expect((await okpd2('end mill'))[0]?.code).toBe('25.73.40.160');
  });

  it('puts the code with every word first when there is one', async () => {
    expect((await okpd2('фрезы твердосплавные'))[0]?.code).toBe('25.73.40.162');
  });
});

describe('OKPD2 suggestions from a title', () => {
  it('suggests the best name matches of a title', async () => {
    const response = await suggest('Подшипник роликовый конический 7510');
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as (Code & { reason: string })[];
    expect(items[0]).toMatchObject({ code: '28.15.10.123', reason: 'name' });
  });

  it('suggests the most specific code that matches a title, not its class', async () => {
    const items = (await suggest('Подшипник шариковый радиальный')).json().items as Code[];
    expect(items[0]?.code).toBe('28.15.10.112');
  });

  it('suggests first the codes that needs with similar titles carry', async () => {
    const buyer = await register(ctx.app, { regionCode: '50' });
    for (const title of ['Кольцо уплотнительное 020-025-30', 'Кольца уплотнительные резиновые'])
      await postNeed(ctx.app, buyer.token, { publish: true, title, okpd2: '22.19.73.110' });
    const items = (await suggest('Кольцо уплотнительное 045-050-30')).json().items as (Code & {
      reason: string;
    })[];
    expect(items[0]).toMatchObject({ code: '22.19.73.110', reason: 'similar_needs' });
    expect(items.some((item) => item.reason === 'name')).toBe(true);
  });

  it('leaves out drafts of other organizations', async () => {
    const buyer = await register(ctx.app, { regionCode: '50' });
    await postNeed(ctx.app, buyer.token, {
      publish: false,
      title: 'Шестерня коническая Z-17',
      okpd2: '28.15.24.110',
    });
    const items = (await suggest('Шестерня Z-17')).json().items as (Code & { reason: string })[];
    expect(items.filter((item) => item.reason === 'similar_needs')).toEqual([]);
  });

  it('needs a sign-in and a title', async () => {
    expect((await suggest('Подшипник', '')).statusCode).toBe(401);
    const response = await suggest('');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'title' })]);
  });
});
