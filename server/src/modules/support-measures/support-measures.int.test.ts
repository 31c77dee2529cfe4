import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/bids-fixtures';
import {
  bearer,
  createAssociationMember,
  register,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let admin: { token: string };
let analyst: { token: string };
let enterprise: Registered;

const measure = (overrides: Record<string, unknown> = {}) => ({
  name: 'Региональная субсидия на подшипники',
  operator: 'Министерство промышленности Рязанской области',
  description: 'Компенсация части затрат на оборудование',
  maxAmount: '25000000.00',
  okpd2Prefixes: ['28.15'],
  regionCodes: ['62'],
  url: 'https://example.ru/subsidy',
  ...overrides,
});

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  enterprise = await register(ctx.app, { regionCode: '62' });
});
afterAll(() => ctx.close());

/** DELETE, which the shared `api` helper does not send. */
const remove = (id: string, token: string) =>
  ctx.app.inject({ method: 'DELETE', url: `/api/v1/support-measures/${id}`, headers: bearer(token) });

const count = async () =>
  Number((await ctx.database.pool.query('SELECT count(*) FROM support_measures')).rows[0].count);
const names = (body: { items: { name: string }[] }) => body.items.map((item) => item.name);

describe('the support-measure catalogue', () => {
  it('is readable by anyone signed in and starts with the federal reference measures', async () => {
    const response = await api(ctx.app, 'GET', '/support-measures', enterprise.token);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items;
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items).toContainEqual(
      expect.objectContaining({
        name: 'Субсидии на разработку комплектующих изделий',
        operator: 'Минпромторг России',
        maxAmount: '100000000.00',
        type: 'subsidy',
        okpd2Prefixes: ['26', '27', '28', '29', '30'],
        regionCodes: [],
      }),
    );
    expect(names(response.json())).toContain('«Проекты развития»');
    expect((await api(ctx.app, 'GET', '/support-measures')).statusCode).toBe(401);
  });

  it('lets only the platform administrator add, change and remove measures', async () => {
    for (const token of [enterprise.token, analyst.token]) {
      const refused = await api(ctx.app, 'POST', '/support-measures', token, measure());
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('admins_only');
    }
    const created = await api(ctx.app, 'POST', '/support-measures', admin.token, measure());
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      maxAmount: '25000000.00',
      okpd2Prefixes: ['28.15'],
      active: true,
    });

    expect(
      (await api(ctx.app, 'PATCH', `/support-measures/${id}`, enterprise.token, { name: 'Иное' })).statusCode,
    ).toBe(403);
    expect((await remove(id, analyst.token)).statusCode).toBe(403);
    expect((await api(ctx.app, 'GET', `/support-measures/${id}`, enterprise.token)).json().name).toBe(
      measure().name,
    );

    const changed = await api(ctx.app, 'PATCH', `/support-measures/${id}`, admin.token, {
      maxAmount: null,
      name: 'Субсидия',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ maxAmount: null, name: 'Субсидия', operator: measure().operator });

    const removed = await remove(id, admin.token);
    expect(removed.statusCode).toBe(204);
    expect((await api(ctx.app, 'GET', `/support-measures/${id}`, admin.token)).statusCode).toBe(404);
    const audit = await ctx.database.pool.query(
      `SELECT action FROM audit_events WHERE entity_type = 'support_measure' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'support_measure.created',
      'support_measure.updated',
      'support_measure.deleted',
    ]);
  });

  it('refuses unknown codes and regions and a bad address with 400 naming each field, writing nothing', async () => {
    const before = await count();
    const response = await api(
      ctx.app,
      'POST',
      '/support-measures',
      admin.token,
      measure({ okpd2Prefixes: ['28.15', '99.99.99'], regionCodes: ['62', '00'] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'okpd2Prefixes.1',
      'regionCodes.1',
    ]);
    const malformed = await api(
      ctx.app,
      'POST',
      '/support-measures',
      admin.token,
      measure({ url: 'ftp://x.ru', maxAmount: '-5' }),
    );
    expect(malformed.statusCode).toBe(400);
    expect(
      malformed
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['maxAmount', 'url']);
    const nul = await api(
      ctx.app,
      'POST',
      '/support-measures',
      admin.token,
      measure({ name: 'Субсидия\u0000' }),
    );
    expect(nul.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('hides an inactive measure from everyone but administrators', async () => {
    const created = await api(
      ctx.app,
      'POST',
      '/support-measures',
      admin.token,
      measure({ name: 'Черновик меры', active: false }),
    );
    const id = created.json().id;
    expect((await api(ctx.app, 'GET', `/support-measures/${id}`, enterprise.token)).statusCode).toBe(404);
    expect(
      (await api(ctx.app, 'PATCH', `/support-measures/${id}`, enterprise.token, { active: true })).statusCode,
    ).toBe(404);
    expect(
      names((await api(ctx.app, 'GET', '/support-measures?active=false', enterprise.token)).json()),
    ).not.toContain('Черновик меры');
    expect(names((await api(ctx.app, 'GET', '/support-measures?active=false', admin.token)).json())).toEqual([
      'Черновик меры',
    ]);
  });
});

describe('GET /support-measures/applicable', () => {
  it('returns the measures whose OKPD2 and region scopes cover the goods', async () => {
    const add = async (name: string, overrides: Record<string, unknown>) =>
      (await api(ctx.app, 'POST', '/support-measures', admin.token, measure({ name, ...overrides }))).json()
        .id;
    await add('Подшипники, Рязань', { okpd2Prefixes: ['28.15'], regionCodes: ['62'] });
    await add('Подшипники, везде', { okpd2Prefixes: ['28.15.10.120'], regionCodes: [] });
    await add('Метизы, Рязань', { okpd2Prefixes: ['25'], regionCodes: ['62'] });
    await add('Подшипники, Москва', { okpd2Prefixes: ['28'], regionCodes: ['77'] });
    await add('Подшипники, выключена', { okpd2Prefixes: ['28'], regionCodes: [], active: false });

    const ryazan = await api(
      ctx.app,
      'GET',
      '/support-measures/applicable?okpd2=28.15.10.121&region=62',
      enterprise.token,
    );
    expect(ryazan.statusCode, ryazan.body).toBe(200);
    const found = names(ryazan.json());
    expect(found).toEqual(
      expect.arrayContaining(['Подшипники, Рязань', 'Подшипники, везде', '«Проекты развития»']),
    );
    expect(found).not.toContain('Метизы, Рязань');
    expect(found).not.toContain('Подшипники, Москва');
    expect(found).not.toContain('Подшипники, выключена');

    const group = names(
      (
        await api(ctx.app, 'GET', '/support-measures/applicable?okpd2=28.15&region=77', enterprise.token)
      ).json(),
    );
    expect(group).toContain('Подшипники, Москва');
    expect(group).not.toContain('Подшипники, везде');
    expect(group).not.toContain('Подшипники, Рязань');

    const bad = await api(ctx.app, 'GET', '/support-measures/applicable?okpd2=C&region=6', enterprise.token);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['okpd2', 'region']);
  });
});
