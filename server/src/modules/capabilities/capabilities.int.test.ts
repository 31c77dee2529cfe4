import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createAssociationMember,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let admin: { token: string; organizationId: string };
let analyst: { token: string; organizationId: string };
let maker: Registered;
let other: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  maker = await register(ctx.app, { regionCode: '66' });
  other = await register(ctx.app, { regionCode: '62' });
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, token: string, payload?: object, headers: object = {}) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...bearer(token), ...headers },
    ...(payload ? { payload } : {}),
  });

/** DESIGN.md §5 example. */
const capabilityBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Подшипники роликовые конические',
  description: 'Серийное производство, ГОСТ 27365',
  okpd2: ['28.15.10.123'],
  monthlyCapacity: '5000',
  unit: '796',
  minOrderQuantity: '100',
  leadTimeDays: 45,
  deliveryRegionCodes: [],
  analogues: ['SKF 32210', 'FAG 32210'],
  localization: { pp719RegistryNumber: '10123456', validUntil: '2027-12-31' },
  ...overrides,
});

const post = async (token: string, overrides: Record<string, unknown> = {}) => {
  const response = await call('POST', '/capabilities', token, capabilityBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; [key: string]: unknown };
};

const count = async () =>
  Number((await ctx.database.pool.query('SELECT count(*) FROM capabilities')).rows[0].count);

describe('posting capabilities (DESIGN.md §3)', () => {
  it('lets an enterprise publish its capability, with an ETag', async () => {
    const response = await call('POST', '/capabilities', maker.token, capabilityBody());
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      okpd2: ['28.15.10.123'],
      monthlyCapacity: '5000',
      minOrderQuantity: '100',
      deliveryRegionCodes: [],
      analogues: ['SKF 32210', 'FAG 32210'],
      localization: { pp719RegistryNumber: '10123456', validUntil: '2027-12-31' },
      active: true,
      version: 1,
      manufacturerOrganizationId: maker.organizationId,
      manufacturer: { id: maker.organizationId, regionCode: '66' },
    });
  });

  it('refuses centres, associations and enterprises posting for others', async () => {
    const centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
    for (const [token, code] of [
      [centre.token, 'enterprises_only'],
      [analyst.token, 'enterprises_only'],
    ] as const) {
      const response = await call('POST', '/capabilities', token, capabilityBody());
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe(code);
    }
    const forOther = await call(
      'POST',
      '/capabilities',
      maker.token,
      capabilityBody({ manufacturerOrganizationId: other.organizationId }),
    );
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().code).toBe('cannot_post_for_others');
  });

  it('lets an administrator post for the enterprise it names', async () => {
    const named = await call(
      'POST',
      '/capabilities',
      admin.token,
      capabilityBody({ manufacturerOrganizationId: other.organizationId }),
    );
    expect(named.statusCode).toBe(201);
    expect(named.json().manufacturerOrganizationId).toBe(other.organizationId);
    const unnamed = await call('POST', '/capabilities', admin.token, capabilityBody());
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().code).toBe('manufacturer_required');
  });

  it.each([
    ['capacity as a number', { monthlyCapacity: 5000 }, 'monthlyCapacity'],
    ['capacity in exponent notation', { monthlyCapacity: '5e3' }, 'monthlyCapacity'],
    ['no OKPD2 code', { okpd2: [] }, 'okpd2'],
    ['an unknown OKPD2 code', { okpd2: ['28.15.10.123', '28.15.10.999'] }, 'okpd2.1'],
    ['an unknown region', { deliveryRegionCodes: ['62', '00'] }, 'deliveryRegionCodes.1'],
    ['a NUL in an analogue', { analogues: ['SKF\u0000'] }, 'analogues.0'],
    ['a fractional lead time', { leadTimeDays: 4.5 }, 'leadTimeDays'],
  ])('refuses %s with 400 and the field path, writing nothing', async (_label, override, path) => {
    const before = await count();
    const response = await call('POST', '/capabilities', maker.token, capabilityBody(override));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await count()).toBe(before);
  });
});

describe('changing and deactivating', () => {
  it('shows an active capability to every signed-in organization', async () => {
    const capability = await post(maker.token, { title: 'Валы карданные' });
    const centre = await register(ctx.app, { kind: 'center', regionCode: '62' });
    for (const token of [other.token, centre.token, analyst.token, admin.token]) {
      const response = await call('GET', `/capabilities/${capability.id}`, token);
      expect(response.statusCode).toBe(200);
      expect(response.headers.etag).toBe('"1"');
    }
  });

  it('lets only the manufacturer change it, with If-Match, writing audit and outbox rows', async () => {
    const capability = await post(maker.token);
    expect(
      (await call('PATCH', `/capabilities/${capability.id}`, maker.token, { leadTimeDays: 30 })).statusCode,
    ).toBe(428);
    const foreign = await call(
      'PATCH',
      `/capabilities/${capability.id}`,
      other.token,
      { leadTimeDays: 1 },
      {
        'if-match': '"1"',
      },
    );
    expect(foreign.statusCode).toBe(403);
    const changed = await call(
      'PATCH',
      `/capabilities/${capability.id}`,
      maker.token,
      { leadTimeDays: 30, analogues: ['Timken 32210'], localization: null },
      { 'if-match': '"1"' },
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({
      leadTimeDays: 30,
      analogues: ['Timken 32210'],
      localization: null,
    });
    const stale = await call(
      'PATCH',
      `/capabilities/${capability.id}`,
      maker.token,
      { leadTimeDays: 1 },
      {
        'if-match': '"1"',
      },
    );
    expect(stale.statusCode).toBe(412);

    const outbox = await ctx.database.pool.query(
      "SELECT topic, job_name, job_id, payload FROM outbox WHERE payload->>'capabilityId' = $1 ORDER BY id",
      [capability.id],
    );
    expect(outbox.rows).toEqual(
      [1, 2].map((version) => ({
        topic: 'capability.changed',
        job_name: 'match-capability',
        job_id: `match-capability-${capability.id}-v${version}`,
        payload: { capabilityId: capability.id, version },
      })),
    );
    const audit = await ctx.database.pool.query(
      'SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [capability.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual(['capability.created', 'capability.updated']);
    expect(audit.rows[1]).toMatchObject({ before: { leadTimeDays: 45 }, after: { leadTimeDays: 30 } });
  });

  it('deactivates on DELETE: hidden from others (404), kept for the owner and analysts, restorable', async () => {
    const capability = await post(maker.token, { title: 'Шестерни цилиндрические' });
    const deleted = await call('DELETE', `/capabilities/${capability.id}`, maker.token);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ active: false, version: 2 });
    expect((await call('GET', `/capabilities/${capability.id}`, other.token)).statusCode).toBe(404);
    expect((await call('DELETE', `/capabilities/${capability.id}`, other.token)).statusCode).toBe(404);
    expect((await call('GET', `/capabilities/${capability.id}`, analyst.token)).statusCode).toBe(200);
    const listed = async (query: string, token: string) =>
      (await call('GET', `/capabilities?organization=${maker.organizationId}&limit=100${query}`, token))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await listed('', maker.token)).not.toContain(capability.id);
    expect(await listed('&active=false', maker.token)).toContain(capability.id);
    expect(await listed('&active=false', other.token)).not.toContain(capability.id);
    const restored = await call(
      'PATCH',
      `/capabilities/${capability.id}`,
      maker.token,
      { active: true },
      {
        'if-match': '"2"',
      },
    );
    expect(restored.json()).toMatchObject({ active: true, version: 3 });
    expect((await call('GET', `/capabilities/${capability.id}`, other.token)).statusCode).toBe(200);
  });
});

describe('searching capabilities', () => {
  let ids: Record<'bearings' | 'pumps' | 'drills', string>;
  beforeAll(async () => {
    const ural = await register(ctx.app, { regionCode: '66' });
    ids = {
      bearings: (
        await post(ural.token, {
          title: 'Подшипники роликовые конические',
          description: 'Tapered roller bearings, steel',
          analogues: ['NTN 4T-32210', 'Koyo 32210JR'],
        })
      ).id,
      pumps: (
        await post(ural.token, {
          title: 'Насосы центробежные',
          okpd2: ['28.13.14.110'],
          analogues: ['Grundfos NB 65'],
          deliveryRegionCodes: ['66', '74'],
        })
      ).id,
      drills: (
        await post(ural.token, {
          title: 'Сверла твердосплавные',
          okpd2: ['25.73.40.112'],
          analogues: [],
          deliveryRegionCodes: ['50'],
        })
      ).id,
    };
  });
  const idsOf = async (query: string) => {
    const response = await call('GET', `/capabilities?limit=100&${query}`, other.token);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items.map((item: { id: string }) => item.id) as string[];
  };

  it('finds Russian word forms, English words, misspellings and analogue part numbers', async () => {
    expect(await idsOf(`q=${encodeURIComponent('подшипник')}`)).toContain(ids.bearings);
    expect(await idsOf('q=bearing')).toContain(ids.bearings);
    expect(await idsOf(`q=${encodeURIComponent('подшибники')}`)).toContain(ids.bearings);
    expect((await idsOf(`q=${encodeURIComponent('NTN 4T-32210')}`))[0]).toBe(ids.bearings);
    expect((await idsOf(`q=${encodeURIComponent('32210JR')}`))[0]).toBe(ids.bearings);
    expect(await idsOf(`q=${encodeURIComponent('Grundfos')}`)).toEqual([ids.pumps]);
  });

  it('filters by OKPD2 prefix, delivery region (empty list = everywhere), district and organization', async () => {
    const inClass = await idsOf('okpd2=28');
    expect(inClass).toEqual(expect.arrayContaining([ids.bearings, ids.pumps]));
    expect(inClass).not.toContain(ids.drills);
    expect(await idsOf('okpd2=28.15')).not.toContain(ids.pumps);
    expect(await idsOf('okpd2=28.13.14')).toEqual([ids.pumps]);

    const toChelyabinsk = await idsOf('region=74');
    expect(toChelyabinsk).toEqual(expect.arrayContaining([ids.bearings, ids.pumps]));
    expect(toChelyabinsk).not.toContain(ids.drills);
    const toCentral = await idsOf('district=central');
    expect(toCentral).toEqual(expect.arrayContaining([ids.bearings, ids.drills]));
    expect(toCentral).not.toContain(ids.pumps);
    expect(await idsOf(`organization=${other.organizationId}`)).not.toContain(ids.bearings);
  });

  it('pages through results without repeats', async () => {
    const all = await idsOf('');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await call(
        'GET',
        `/capabilities?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        other.token,
      );
      const page: { items: { id: string }[]; nextCursor: string | null } = response.json();
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});
