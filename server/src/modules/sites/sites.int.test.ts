import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
let owner: Registered;
let outsider: Registered;

type SiteBody = { id: string; name: string; kind: string; regionCode: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  owner = await register(ctx.app, { regionCode: '16' });
  outsider = await register(ctx.app, { regionCode: '62' });
});
afterAll(() => ctx.close());

const names = (body: { items: SiteBody[] }) => body.items.map((site) => site.name);
const sites = async (query: string, token = owner.token) => {
  const response = await api(ctx.app, 'GET', `/sites${query}`, token);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: SiteBody[] };
};
const siteNamed = async (name: string) => (await sites('')).items.find((site) => site.name === name)!;

describe('GET /sites', () => {
  it('starts with the seeded zones, technoparks, parks and clusters, and filters by kind and region', async () => {
    const all = await sites('');
    expect(all.items.length).toBe(22);
    expect(names(await sites('?kind=sez&region=16')).sort()).toEqual(['ОЭЗ «Алабуга»', 'ОЭЗ «Иннополис»']);
    expect(names(await sites('?kind=cluster&region=73'))).toEqual(['Ульяновский авиационный кластер']);
    expect((await sites('?region=01')).items).toEqual([]);
    expect((await api(ctx.app, 'GET', '/sites')).statusCode).toBe(401);
  });

  it('keeps the sites whose specialization covers the code or is covered by it', async () => {
    // Aircraft (30.30) sit under class 30: the aviation cluster and the zones specialised in 30.
    const aircraft = names(await sites('?okpd2=30.30.50'));
    expect(aircraft).toContain('Ульяновский авиационный кластер');
    expect(aircraft).toContain('ОЭЗ «Титановая долина»');
    expect(aircraft).not.toContain('ОЭЗ «Алабуга»');
    // A section-wide question (class 62, software) finds the technoparks specialised in it.
    expect(names(await sites('?okpd2=62&kind=technopark&region=54'))).toEqual(['Технопарк «Академпарк»']);
    const bad = await api(ctx.app, 'GET', '/sites?okpd2=C&kind=zone', owner.token);
    expect(bad.statusCode).toBe(400);
  });
});

describe('maintaining the sites', () => {
  const site = {
    name: 'Технопарк «Тестовый»',
    kind: 'technopark',
    regionCode: '62',
    lat: 54.63,
    lon: 39.74,
    okpd2Prefixes: ['28.15'],
    benefits: 'Льготная аренда',
    sourceUrl: 'https://example.ru/park',
  };

  it('lets the association add, change and deactivate a site; others get 403; names are unique', async () => {
    const refused = await api(ctx.app, 'POST', '/sites', owner.token, site);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('analysts_only');

    const created = await api(ctx.app, 'POST', '/sites', analyst.token, site);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(names(await sites('?okpd2=28.15.10.120&region=62'))).toContain(site.name);

    const twice = await api(ctx.app, 'POST', '/sites', analyst.token, site);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('site_exists');

    const badRegion = await api(ctx.app, 'POST', '/sites', analyst.token, {
      ...site,
      name: 'Другой',
      regionCode: '00',
      okpd2Prefixes: ['99.99'],
    });
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'okpd2Prefixes.0',
      'regionCode',
    ]);

    const off = await api(ctx.app, 'PATCH', `/sites/${id}`, analyst.token, { active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(names(await sites('?region=62'))).not.toContain(site.name);
    expect((await api(ctx.app, 'GET', `/sites/${id}`, owner.token)).statusCode).toBe(404);
    expect(names(await sites('?region=62&active=false', analyst.token))).toEqual([site.name]);
    expect((await api(ctx.app, 'PATCH', `/sites/${id}`, owner.token, { active: true })).statusCode).toBe(404);
  });
});

describe('residency', () => {
  it('is declared by the owner, verified by the association, and shown to others only once verified', async () => {
    const alabuga = await siteNamed('ОЭЗ «Алабуга»');
    const declared = await api(ctx.app, 'POST', '/residencies', owner.token, { siteId: alabuga.id });
    expect(declared.statusCode, declared.body).toBe(201);
    const residency = declared.json();
    expect(residency).toMatchObject({ status: 'pending', site: { name: 'ОЭЗ «Алабуга»' } });

    const path = `/organizations/${owner.organizationId}/residencies`;
    expect((await api(ctx.app, 'GET', path, outsider.token)).json().items).toEqual([]);
    expect((await api(ctx.app, 'GET', path, owner.token)).json().items).toHaveLength(1);

    const queue = await api(ctx.app, 'GET', '/residencies', analyst.token);
    expect(queue.json().items.map((item: { id: string }) => item.id)).toContain(residency.id);
    expect((await api(ctx.app, 'GET', '/residencies', owner.token)).statusCode).toBe(403);
    const decision = `/residencies/${residency.id}/decision`;
    expect((await api(ctx.app, 'POST', decision, owner.token, { decision: 'verify' })).statusCode).toBe(403);
    // Another organization cannot even learn the residency exists.
    expect((await api(ctx.app, 'POST', decision, outsider.token, { decision: 'verify' })).statusCode).toBe(
      404,
    );
    expect(
      (await api(ctx.app, 'POST', decision, analyst.token, { decision: 'refuse', reason: '' })).statusCode,
    ).toBe(400);

    const verified = await api(ctx.app, 'POST', decision, analyst.token, { decision: 'verify' });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'verified', decidedAt: expect.any(String) });
    expect((await api(ctx.app, 'GET', path, outsider.token)).json().items).toEqual([
      expect.objectContaining({ status: 'verified', site: expect.objectContaining({ id: alabuga.id }) }),
    ]);
    expect((await api(ctx.app, 'GET', '/residencies', analyst.token)).json().items).toEqual([]);
    const told = await ctx.database.pool.query(
      `SELECT payload->>'decision' AS decision FROM notifications WHERE user_id = $1 AND kind = 'residency.decision'`,
      [owner.userId],
    );
    expect(told.rows).toEqual([{ decision: 'verify' }]);

    const refused = await api(ctx.app, 'POST', decision, analyst.token, {
      decision: 'refuse',
      reason: 'Нет в реестре резидентов',
    });
    expect(refused.json()).toMatchObject({ status: 'refused', reason: 'Нет в реестре резидентов' });
    expect((await api(ctx.app, 'GET', path, outsider.token)).json().items).toEqual([]);
    // Declared again after a refusal: back in the queue.
    const again = await api(ctx.app, 'POST', '/residencies', owner.token, { siteId: alabuga.id });
    expect(again.json()).toMatchObject({ id: residency.id, status: 'pending', reason: null });

    const audit = await ctx.database.pool.query(
      `SELECT action FROM audit_events WHERE entity_type = 'site_residency' AND entity_id = $1 ORDER BY id`,
      [residency.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'site_residency.declared',
      'site_residency.verified',
      'site_residency.refused',
      'site_residency.declared',
    ]);
  });

  it('lets only the organization withdraw its residency', async () => {
    const innopolis = await siteNamed('ОЭЗ «Иннополис»');
    const id = (await api(ctx.app, 'POST', '/residencies', owner.token, { siteId: innopolis.id })).json().id;
    const remove = (token: string) =>
      ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/residencies/${id}`,
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await remove(outsider.token)).statusCode).toBe(404);
    expect((await remove(analyst.token)).statusCode).toBe(404);
    expect((await remove(owner.token)).statusCode).toBe(204);
  });
});
