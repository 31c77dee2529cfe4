import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createAssociationMember,
  needBody,
  postNeed,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let admin: { token: string; organizationId: string };
let analyst: { token: string; organizationId: string };
let buyer: Registered;
let supplier: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  buyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '66' });
  await ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/organizations/${buyer.organizationId}`,
    headers: bearer(buyer.token),
    payload: { contacts: { email: 'supply@buyer.ru', phone: '+7 4912 00-00-00' } },
  });
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

describe('posting needs (DESIGN.md §3)', () => {
  it('lets an enterprise post its own need as a draft, with an ETag', async () => {
    const response = await call('POST', '/needs', buyer.token, needBody());
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      status: 'draft',
      version: 1,
      quantity: '1200',
      unit: '796',
      targetUnitPrice: '850.00',
      neededBy: '2030-03-01',
      buyerOrganizationId: buyer.organizationId,
      postedByOrganizationId: buyer.organizationId,
      buyerContacts: { email: 'supply@buyer.ru' },
    });
  });

  it('publishes at once with publish: true', async () => {
    const need = await postNeed(ctx.app, buyer.token, { publish: true });
    expect(need.status).toBe('open');
    expect(need.publishedAt).toEqual(expect.any(String));
  });

  it('refuses an enterprise posting for another organization', async () => {
    const response = await call(
      'POST',
      '/needs',
      buyer.token,
      needBody({ buyerOrganizationId: supplier.organizationId }),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('cannot_post_for_others');
  });

  it('lets a verified centre post for an enterprise of its region, and both manage it', async () => {
    const centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
    const created = await call(
      'POST',
      '/needs',
      centre.token,
      needBody({ buyerOrganizationId: buyer.organizationId }),
    );
    expect(created.statusCode).toBe(201);
    const need = created.json();
    expect(need).toMatchObject({
      buyerOrganizationId: buyer.organizationId,
      postedByOrganizationId: centre.organizationId,
      buyer: { id: buyer.organizationId, regionCode: '62' },
      buyerContacts: { email: 'supply@buyer.ru' },
    });
    expect((await call('GET', `/needs/${need.id}`, buyer.token)).statusCode).toBe(200);
    const edited = await call(
      'PATCH',
      `/needs/${need.id}`,
      buyer.token,
      { quantity: '10' },
      { 'if-match': '"1"' },
    );
    expect(edited.statusCode).toBe(200);
    const published = await call('POST', `/needs/${need.id}/publish`, centre.token);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'open', version: 3, quantity: '10' });
  });

  it('refuses a centre posting for an enterprise outside its region, writing nothing', async () => {
    const centre = await registerVerifiedCentre(ctx.app, admin.token, '50');
    const before = await count('needs');
    const response = await call(
      'POST',
      '/needs',
      centre.token,
      needBody({ buyerOrganizationId: buyer.organizationId }),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('buyer_outside_region');
    expect(await count('needs')).toBe(before);
  });

  it('asks a centre which enterprise the need is for, and refuses a non-enterprise buyer', async () => {
    const centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
    const missing = await call('POST', '/needs', centre.token, needBody());
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'buyer_required',
      errors: [{ path: 'buyerOrganizationId' }],
    });
    const other = await registerVerifiedCentre(ctx.app, admin.token, '62');
    const notEnterprise = await call(
      'POST',
      '/needs',
      centre.token,
      needBody({ buyerOrganizationId: other.organizationId }),
    );
    expect(notEnterprise.statusCode).toBe(400);
    expect(notEnterprise.json().code).toBe('buyer_not_enterprise');
  });

  it('refuses an unverified centre', async () => {
    const centre = await register(ctx.app, { kind: 'center', regionCode: '62' });
    const response = await call(
      'POST',
      '/needs',
      centre.token,
      needBody({ buyerOrganizationId: buyer.organizationId }),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('center_not_verified');
  });

  it('refuses an association', async () => {
    const response = await call('POST', '/needs', analyst.token, needBody());
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('association_cannot_post');
  });

  it('lets an administrator post for any enterprise it names', async () => {
    const named = await call(
      'POST',
      '/needs',
      admin.token,
      needBody({ buyerOrganizationId: supplier.organizationId }),
    );
    expect(named.statusCode).toBe(201);
    expect(named.json()).toMatchObject({
      buyerOrganizationId: supplier.organizationId,
      postedByOrganizationId: admin.organizationId,
    });
    const unnamed = await call('POST', '/needs', admin.token, needBody());
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().code).toBe('buyer_required');
  });
});

describe('seeing needs', () => {
  it('shows open needs to everyone but buyer contacts only to the buyer, the poster and analysts', async () => {
    const centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
    const need = await postNeed(ctx.app, centre.token, {
      publish: true,
      buyerOrganizationId: buyer.organizationId,
    });
    const bySupplier = await call('GET', `/needs/${need.id}`, supplier.token);
    expect(bySupplier.statusCode).toBe(200);
    expect(bySupplier.json().buyerContacts).toBeUndefined();
    expect(bySupplier.json().buyer.name).toEqual(expect.any(String));
    const listed = await call('GET', `/needs?buyer=${buyer.organizationId}&limit=100`, supplier.token);
    const item = listed.json().items.find((n: { id: string }) => n.id === need.id);
    expect(item).toBeDefined();
    expect(item.buyerContacts).toBeUndefined();
    const otherCentre = await registerVerifiedCentre(ctx.app, admin.token, '66');
    const byOtherCentre = await call('GET', `/needs/${need.id}`, otherCentre.token);
    expect(byOtherCentre.statusCode).toBe(200);
    expect(byOtherCentre.json().buyerContacts).toBeUndefined();
    for (const token of [buyer.token, centre.token, analyst.token, admin.token]) {
      expect((await call('GET', `/needs/${need.id}`, token)).json().buyerContacts.email).toBe(
        'supply@buyer.ru',
      );
    }
  });

  it("answers 404 for another organization's draft on GET, PATCH, publish and cancel", async () => {
    const draft = await postNeed(ctx.app, buyer.token);
    const probes = [
      call('GET', `/needs/${draft.id}`, supplier.token),
      call('PATCH', `/needs/${draft.id}`, supplier.token, { title: 'Захвачено' }, { 'if-match': '"1"' }),
      call('POST', `/needs/${draft.id}/publish`, supplier.token),
      call('POST', `/needs/${draft.id}/cancel`, supplier.token),
    ];
    for (const response of await Promise.all(probes)) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    const listed = await call('GET', `/needs?buyer=${buyer.organizationId}&limit=100`, supplier.token);
    expect(listed.json().items.map((n: { id: string }) => n.id)).not.toContain(draft.id);
    expect((await call('GET', `/needs/${draft.id}`, analyst.token)).statusCode).toBe(200);
    expect((await call('GET', `/needs/${draft.id}`, buyer.token)).json()).toMatchObject({
      status: 'draft',
      version: 1,
    });
  });

  it("refuses changes to another organization's open need with 403", async () => {
    const need = await postNeed(ctx.app, buyer.token, { publish: true });
    const response = await call(
      'PATCH',
      `/needs/${need.id}`,
      supplier.token,
      { title: 'Чужое' },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('not_need_owner');
  });
});
