import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let follower: Registered;
let outsider: Registered;
const need = { bearing: '', drill: '', cylinder: '', own: '', draft: '' };

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

const subscribe = async (body: object, who: Registered = follower) => {
  const response = await call('POST', '/subscriptions', who.token, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
};

/** The ids of the needs the subscription's digest preview holds. */
const previewNeeds = async (body: object) => {
  const { id } = await subscribe(body);
  const response = await call('GET', `/subscriptions/${id}/preview`, follower.token);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().needs as { id: string }[]).map((item) => item.id).sort();
};
const ids = (...keys: (keyof typeof need)[]) => keys.map((key) => need[key]).sort();

beforeAll(async () => {
  ctx = await createTestApp();
  [buyer, follower, outsider] = [await register(ctx.app), await register(ctx.app), await register(ctx.app)];
  const publish = (who: Registered, overrides: Record<string, unknown>) =>
    postNeed(ctx.app, who.token, { publish: true, ...overrides }).then((posted) => posted.id);
  // Ryazan (Central district), Tatarstan (Volga), Sverdlovsk region (Ural).
  need.bearing = await publish(buyer, { okpd2: '28.15.10.120', deliveryRegionCode: '62' });
  need.drill = await publish(buyer, {
    title: 'Сверло спиральное Р6М5 диаметр 8',
    description: 'Для сверлильных станков',
    replaces: 'Bosch HSS-G',
    okpd2: '25.73.40.111',
    deliveryRegionCode: '16',
  });
  need.cylinder = await publish(buyer, {
    title: 'Гидроцилиндр подъёма стрелы',
    description: 'Ход 500 мм',
    replaces: 'Bosch Rexroth CDT3',
    okpd2: '28.12.11.110',
    deliveryRegionCode: '66',
  });
  need.own = await publish(follower, { okpd2: '28.15.10.120', deliveryRegionCode: '62' });
  need.draft = (await postNeed(ctx.app, buyer.token, { okpd2: '28.15.10.120' })).id;
});
afterAll(() => ctx.close());

describe('subscriptions CRUD', () => {
  it('creates, lists, reads, changes and deletes a subscription', async () => {
    const created = await call('POST', '/subscriptions', follower.token, { okpd2Prefixes: ['28.15'] });
    expect(created.statusCode).toBe(201);
    const subscription = created.json();
    expect(subscription).toMatchObject({
      okpd2Prefixes: ['28.15'],
      regionCodes: [],
      districts: [],
      words: '',
      digest: 'daily',
      lastDigestAt: null,
    });
    const listed = await call('GET', '/subscriptions', follower.token);
    expect(listed.json().items.map((item: { id: string }) => item.id)).toContain(subscription.id);

    const changed = await call('PATCH', `/subscriptions/${subscription.id}`, follower.token, {
      districts: ['volga'],
      words: 'сверло',
      digest: 'off',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ okpd2Prefixes: ['28.15'], districts: ['volga'], digest: 'off' });
    expect((await call('GET', `/subscriptions/${subscription.id}`, follower.token)).json().words).toBe(
      'сверло',
    );

    expect((await call('DELETE', `/subscriptions/${subscription.id}`, follower.token)).statusCode).toBe(204);
    expect((await call('GET', `/subscriptions/${subscription.id}`, follower.token)).statusCode).toBe(404);
  });

  it.each([
    [{ okpd2Prefixes: ['bearings'] }, 'okpd2Prefixes.0'],
    [{ regionCodes: ['999'] }, 'regionCodes.0'],
    [{ districts: ['atlantis'] }, 'districts.0'],
    [{ words: 'x'.repeat(201) }, 'words'],
    [{ okpd2Prefixes: ['28'], digest: 'weekly' }, 'digest'],
    [{}, 'okpd2Prefixes'],
  ])('refuses %j with a 400 naming %s', async (body, path) => {
    const response = await call('POST', '/subscriptions', follower.token, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toContain(path);
  });

  it('refuses a change that would leave the subscription following nothing', async () => {
    const { id } = await subscribe({ words: 'подшипник' });
    const response = await call('PATCH', `/subscriptions/${id}`, follower.token, { words: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('okpd2Prefixes');
  });

  it("answers 404 for another organization's subscription, and lists only one's own", async () => {
    const { id } = await subscribe({ okpd2Prefixes: ['28'] });
    for (const [method, url, payload] of [
      ['GET', `/subscriptions/${id}`, undefined],
      ['PATCH', `/subscriptions/${id}`, { digest: 'off' }],
      ['DELETE', `/subscriptions/${id}`, undefined],
      ['GET', `/subscriptions/${id}/preview`, undefined],
    ] as const) {
      expect((await call(method, url, outsider.token, payload)).statusCode, `${method} ${url}`).toBe(404);
    }
    const theirs = await call('GET', '/subscriptions', outsider.token);
    expect(theirs.json().items).toEqual([]);
    expect((await call('GET', `/subscriptions/${id}`, follower.token)).json().digest).toBe('daily');
  });

  it('needs a sign-in', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/subscriptions' });
    expect(response.statusCode).toBe(401);
  });
});

describe('digest preview', () => {
  it('covers the codes below a class, never the own needs nor drafts', async () => {
    expect(await previewNeeds({ okpd2Prefixes: ['28'] })).toEqual(ids('bearing', 'cylinder'));
    expect(await previewNeeds({ okpd2Prefixes: ['28.15'] })).toEqual(ids('bearing'));
    expect(await previewNeeds({ okpd2Prefixes: ['25.73.40', '28.12.11.110'] })).toEqual(
      ids('drill', 'cylinder'),
    );
  });

  it('filters by region and by federal district', async () => {
    expect(await previewNeeds({ regionCodes: ['16'] })).toEqual(ids('drill'));
    expect(await previewNeeds({ districts: ['ural'] })).toEqual(ids('cylinder'));
    expect(await previewNeeds({ regionCodes: ['16'], districts: ['central'] })).toEqual(
      ids('bearing', 'drill'),
    );
    expect(await previewNeeds({ okpd2Prefixes: ['28'], districts: ['central'] })).toEqual(ids('bearing'));
  });

  it('finds words in any form, in Russian or English', async () => {
    expect(await previewNeeds({ words: 'гидроцилиндры' })).toEqual(ids('cylinder'));
    expect(await previewNeeds({ words: 'Bosch' })).toEqual(ids('drill', 'cylinder'));
    expect(await previewNeeds({ words: 'bosch', okpd2Prefixes: ['25'] })).toEqual(ids('drill'));
  });

  it('holds what is new since seven days back for a new subscription', async () => {
    const { id } = await subscribe({ okpd2Prefixes: ['28.15'] });
    const preview = (await call('GET', `/subscriptions/${id}/preview`, follower.token)).json();
    const days = (Date.now() - Date.parse(preview.since)) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    expect(preview.needs[0]).toMatchObject({
      id: need.bearing,
      okpd2: '28.15.10.120',
      quantity: '1200',
      unit: '796',
      deliveryRegionCode: '62',
    });
    expect(preview.lots).toEqual([]);
  });
});
