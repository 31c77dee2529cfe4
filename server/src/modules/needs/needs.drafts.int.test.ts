import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, needBody, postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let other: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  buyer = await register(ctx.app, { regionCode: '62' });
  other = await register(ctx.app, { regionCode: '66' });
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, token: string, payload?: object, headers: object = {}) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...bearer(token), ...headers },
    ...(payload ? { payload } : {}),
  });

const fieldsOf = (body: { errors?: { path: string; message: string }[] }) =>
  (body.errors ?? []).map((error) => `${error.path}: ${error.message}`).sort();

const TO_PUBLISH = [
  'deliveryRegionCode: is required',
  'neededBy: is required',
  'okpd2: is required',
  'quantity: is required',
  'unit: is required',
];

describe('a draft with only a title', () => {
  it('saves (201) with the rest empty, and is refused publication (400) until complete', async () => {
    const created = await call('POST', '/needs', buyer.token, { title: 'Втулка бронзовая' });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      okpd2: null,
      quantity: null,
      unit: null,
      neededBy: null,
      deliveryRegionCode: null,
    });

    const refused = await call('POST', `/needs/${draft.id}/publish`, buyer.token);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('validation_failed');
    expect(fieldsOf(refused.json())).toEqual(TO_PUBLISH);

    const { title: _title, ...rest } = needBody();
    const completed = await call('PATCH', `/needs/${draft.id}`, buyer.token, rest, { 'if-match': '"1"' });
    expect(completed.statusCode).toBe(200);
    const published = await call('POST', `/needs/${draft.id}/publish`, buyer.token);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'open', okpd2: '28.15.10.120', quantity: '1200' });
  });

  it('refuses to publish at once without every field, naming each (400)', async () => {
    const response = await call('POST', '/needs', buyer.token, { title: 'Втулка бронзовая', publish: true });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.json())).toEqual(TO_PUBLISH);
  });

  it('lets a draft clear a field, but not an open need (400 naming it)', async () => {
    const draft = await postNeed(ctx.app, buyer.token);
    const cleared = await call(
      'PATCH',
      `/needs/${draft.id}`,
      buyer.token,
      { quantity: null },
      { 'if-match': '"1"' },
    );
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().quantity).toBeNull();

    const open = await postNeed(ctx.app, buyer.token, { publish: true });
    const refused = await call(
      'PATCH',
      `/needs/${open.id}`,
      buyer.token,
      { okpd2: null },
      { 'if-match': '"1"' },
    );
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused.json())).toEqual(['okpd2: is required']);
  });

  it('keeps the database itself from holding an incomplete open need', async () => {
    const draft = await call('POST', '/needs', buyer.token, { title: 'Втулка без данных' });
    await expect(
      ctx.database.pool.query(`UPDATE needs SET status = 'open' WHERE id = $1`, [draft.json().id]),
    ).rejects.toThrow(/needs_complete_unless_draft/);
  });

  it("still answers another organization's draft as missing (404)", async () => {
    const draft = (await call('POST', '/needs', buyer.token, { title: 'Втулка чужая' })).json();
    const response = await call('GET', `/needs/${draft.id}`, other.token);
    expect(response.statusCode).toBe(404);
    const list = await call('GET', '/needs?status=draft', other.token);
    expect(list.json().items.map((need: { id: string }) => need.id)).not.toContain(draft.id);
  });
});

describe('numbers as people type them', () => {
  it('accepts "1 200,50 ₽" as a price and "12,5" as a quantity, stored exactly', async () => {
    const response = await call(
      'POST',
      '/needs',
      buyer.token,
      needBody({ targetUnitPrice: '1 200,50 ₽', quantity: '12,5' }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ targetUnitPrice: '1200.50', quantity: '12.5' });
  });

  it('refuses what is not one number, naming the field', async () => {
    const response = await call('POST', '/needs', buyer.token, needBody({ quantity: '1,2,3' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toContain('quantity');
  });
});

describe('GET /needs/similar-recent', () => {
  it("finds the organization's needs of the last day with a like title, not others' or cancelled ones", async () => {
    const poster = await register(ctx.app, { regionCode: '62' });
    const first = await postNeed(ctx.app, poster.token, {
      title: 'Подшипник 7510 конический',
      publish: true,
    });
    const near = await postNeed(ctx.app, poster.token, { title: 'подшипник  7510 КОНИЧЕСКИЙ' });
    await postNeed(ctx.app, poster.token, { title: 'Фреза концевая твердосплавная' });
    const cancelled = await postNeed(ctx.app, poster.token, { title: 'Подшипник 7510 конический' });
    await call('POST', `/needs/${cancelled.id}/cancel`, poster.token);
    await postNeed(ctx.app, other.token, { title: 'Подшипник 7510 конический' });

    const response = await call(
      'GET',
      `/needs/similar-recent?title=${encodeURIComponent('Подшипник 7510 конический')}`,
      poster.token,
    );
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((need: { id: string }) => need.id);
    expect(ids.sort()).toEqual([first.id, near.id].sort());
    expect(response.json().items[0]).toMatchObject({
      title: expect.any(String),
      createdAt: expect.any(String),
    });
  });

  it('forgets needs older than a day', async () => {
    const poster = await register(ctx.app, { regionCode: '62' });
    const old = await postNeed(ctx.app, poster.token, { title: 'Шестерня ведущая Z32' });
    await ctx.database.pool.query(`UPDATE needs SET created_at = now() - interval '25 hours' WHERE id = $1`, [
      old.id,
    ]);
    const response = await call(
      'GET',
      `/needs/similar-recent?title=${encodeURIComponent('Шестерня ведущая Z32')}`,
      poster.token,
    );
    expect(response.json().items).toEqual([]);
  });

  it('asks for a title (400)', async () => {
    const response = await call('GET', '/needs/similar-recent?title=a', buyer.token);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('title');
  });
});
