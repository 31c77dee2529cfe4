import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, needBody, postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let supplier: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  buyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '66' });
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

const count = async (table: string) =>
  Number((await ctx.database.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe('optimistic concurrency', () => {
  it('lets one of two PATCHes with the same version win; the other gets 412 and changes nothing', async () => {
    const need = await postNeed(ctx.app, buyer.token);
    const [a, b] = await Promise.all([
      call(
        'PATCH',
        `/needs/${need.id}`,
        buyer.token,
        { title: 'Версия А подшипника' },
        { 'if-match': '"1"' },
      ),
      call(
        'PATCH',
        `/needs/${need.id}`,
        buyer.token,
        { title: 'Версия Б подшипника' },
        { 'if-match': '"1"' },
      ),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const [winner, loser] = a.statusCode === 200 ? [a, b] : [b, a];
    expect(loser.json().code).toBe('version_mismatch');
    expect(winner.headers.etag).toBe('"2"');
    const stored = await call('GET', `/needs/${need.id}`, buyer.token);
    expect(stored.json()).toMatchObject({ title: winner.json().title, version: 2 });
    const audits = await ctx.database.pool.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'need.updated'",
      [need.id],
    );
    expect(audits.rows[0].n).toBe(1);
  });

  it('requires If-Match (428) and refuses a stale one (412)', async () => {
    const need = await postNeed(ctx.app, buyer.token);
    const missing = await call('PATCH', `/needs/${need.id}`, buyer.token, { title: 'Без версии' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('precondition_required');
    const stale = await call(
      'PATCH',
      `/needs/${need.id}`,
      buyer.token,
      { title: 'Старая версия' },
      { 'if-match': '"7"' },
    );
    expect(stale.statusCode).toBe(412);
    const staleTransition = await call('POST', `/needs/${need.id}/publish`, buyer.token, undefined, {
      'if-match': '"7"',
    });
    expect(staleTransition.statusCode).toBe(412);
    expect((await call('GET', `/needs/${need.id}`, buyer.token)).json()).toMatchObject({
      version: 1,
      status: 'draft',
    });
  });
});

describe('validation', () => {
  it.each([
    ['quantity as a number', { quantity: 1200 }, 'quantity'],
    ['quantity in exponent notation', { quantity: '1e3' }, 'quantity'],
    ['a zero quantity', { quantity: '0' }, 'quantity'],
    ['a NUL character in the title', { title: 'Подшипник\u0000' }, 'title'],
    ['an unknown unit', { unit: 'pcs' }, 'unit'],
    ['an impossible date', { neededBy: '2030-02-30' }, 'neededBy'],
    ['a section letter as OKPD2', { okpd2: 'C' }, 'okpd2'],
    ['money with three decimals', { targetUnitPrice: '1.005' }, 'targetUnitPrice'],
  ])('refuses %s with 400 and the field path, writing nothing', async (_label, override, path) => {
    const before = await count('needs');
    const response = await call('POST', '/needs', buyer.token, needBody(override));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await count('needs')).toBe(before);
  });

  it('refuses an unknown OKPD2 code, an unknown region and a past date', async () => {
    const response = await call(
      'POST',
      '/needs',
      buyer.token,
      needBody({ okpd2: '28.15.10.999', deliveryRegionCode: '00', neededBy: '2020-01-01' }),
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['deliveryRegionCode', 'neededBy', 'okpd2']);
  });

  it('refuses an empty PATCH and a malformed one', async () => {
    const need = await postNeed(ctx.app, buyer.token);
    const empty = await call('PATCH', `/needs/${need.id}`, buyer.token, {}, { 'if-match': '"1"' });
    expect(empty.statusCode).toBe(400);
    const bad = await call('PATCH', `/needs/${need.id}`, buyer.token, { quantity: 5 }, { 'if-match': '"1"' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('quantity');
    expect((await call('GET', `/needs/${need.id}`, buyer.token)).json().version).toBe(1);
  });
});

describe('lifecycle, audit and outbox', () => {
  const outboxOf = async (id: string) =>
    (
      await ctx.database.pool.query(
        'SELECT queue, topic, job_name, job_id, payload FROM outbox WHERE payload->>$2 = $1 ORDER BY id',
        [id, 'needId'],
      )
    ).rows;
  const auditOf = async (id: string) =>
    (
      await ctx.database.pool.query(
        'SELECT action, actor_organization_id, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id',
        [id],
      )
    ).rows;

  it('writes an audit event and an outbox row with every change', async () => {
    const need = await postNeed(ctx.app, buyer.token);
    await call('PATCH', `/needs/${need.id}`, buyer.token, { critical: false }, { 'if-match': '"1"' });
    await call('POST', `/needs/${need.id}/publish`, buyer.token);
    const cancelled = await call('POST', `/needs/${need.id}/cancel`, buyer.token, {
      reason: 'Нашли на складе',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', version: 4 });

    expect(await outboxOf(need.id)).toEqual(
      [
        ['need.changed', 1],
        ['need.changed', 2],
        ['need.published', 3],
        ['need.cancelled', 4],
      ].map(([topic, version]) => ({
        queue: 'matching',
        topic,
        job_name: 'match-need',
        job_id: `match-need-${need.id}-v${version}`,
        payload: { needId: need.id, version },
      })),
    );
    const audit = await auditOf(need.id);
    expect(audit.map((a) => a.action)).toEqual([
      'need.created',
      'need.updated',
      'need.published',
      'need.cancelled',
    ]);
    expect(audit.every((a) => a.actor_organization_id === buyer.organizationId)).toBe(true);
    expect(audit[1]).toMatchObject({ before: { critical: true }, after: { critical: false } });
    expect(audit[3].after).toMatchObject({ status: 'cancelled', reason: 'Нашли на складе' });
  });

  it('allows only the transitions of the lifecycle', async () => {
    const need = await postNeed(ctx.app, buyer.token, { publish: true });
    const again = await call('POST', `/needs/${need.id}/publish`, buyer.token);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');
    const closed = await call('POST', `/needs/${need.id}/close`, buyer.token);
    expect(closed.json().status).toBe('closed');
    const edit = await call(
      'PATCH',
      `/needs/${need.id}`,
      buyer.token,
      { title: 'Поздно' },
      { 'if-match': '"2"' },
    );
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('need_not_editable');
    expect((await call('POST', `/needs/${need.id}/cancel`, buyer.token)).statusCode).toBe(409);
    // Closed needs leave the public view.
    expect((await call('GET', `/needs/${need.id}`, supplier.token)).statusCode).toBe(404);
  });

  it('creates many needs in one transaction, or none with row-indexed errors', async () => {
    const { needs } = ctx.app.services;
    const actor = {
      userId: buyer.userId,
      organizationId: buyer.organizationId,
      organizationKind: 'enterprise' as const,
      regionCode: '62',
      role: 'owner' as const,
      isAdmin: false,
    };
    const row = (title: string, okpd2 = '28.15.10.120') =>
      ({ ...needBody({ title, okpd2 }), critical: false, publish: false, description: '' }) as Parameters<
        typeof needs.createMany
      >[0][number];
    const before = await count('needs');
    await expect(
      needs.createMany([row('Первая'), row('Вторая', '99.99.99.999')], actor),
    ).rejects.toMatchObject({
      status: 400,
      errors: [{ path: '1.okpd2', message: 'no such OKPD2 code' }],
    });
    expect(await count('needs')).toBe(before);
    const created = await needs.createMany([row('Первая'), row('Вторая')], actor);
    expect(created.map((n) => n.title)).toEqual(['Первая', 'Вторая']);
    expect(await count('needs')).toBe(before + 2);
  });
});
