import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createAssociationMember, register, signInAdmin } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const request = (method: 'GET' | 'PATCH' | 'POST', url: string, token: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

describe('organizations', () => {
  it('shows contacts only to the organization itself', async () => {
    const a = await register(ctx.app);
    const b = await register(ctx.app);
    const patched = await request('PATCH', `/organizations/${a.organizationId}`, a.token, {
      contacts: { email: 'supply@a.ru', phone: '+7 4912 00-00-00' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().contacts.email).toBe('supply@a.ru');

    const own = await request('GET', `/organizations/${a.organizationId}`, a.token);
    expect(own.json().contacts.phone).toBe('+7 4912 00-00-00');
    const foreign = await request('GET', `/organizations/${a.organizationId}`, b.token);
    expect(foreign.statusCode).toBe(200);
    expect(foreign.json().contacts).toBeUndefined();
  });

  it("answers 404 when another organization changes or lists one's private data", async () => {
    const a = await register(ctx.app);
    const b = await register(ctx.app);
    const change = await request('PATCH', `/organizations/${a.organizationId}`, b.token, {
      name: 'Захвачено',
    });
    expect(change.statusCode).toBe(404);
    const members = await request('GET', `/organizations/${a.organizationId}/members`, b.token);
    expect(members.statusCode).toBe(404);
    const invite = await request('POST', `/organizations/${a.organizationId}/invitations`, b.token, {
      email: 'spy@example.ru',
      fullName: 'Шпион',
    });
    expect(invite.statusCode).toBe(404);
    expect((await request('GET', `/organizations/${a.organizationId}`, a.token)).json().name).not.toBe(
      'Захвачено',
    );
  });

  it('requires authentication', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/organizations' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid_token');
  });

  it('lets an association member verify an organization, and nobody else', async () => {
    const admin = await signInAdmin(ctx.app);
    const analyst = await createAssociationMember(ctx.app, admin.token);
    const centre = await register(ctx.app, { kind: 'center', regionCode: '55' });
    const enterprise = await register(ctx.app);

    const byEnterprise = await request(
      'POST',
      `/organizations/${centre.organizationId}/verify`,
      enterprise.token,
    );
    expect(byEnterprise.statusCode).toBe(403);

    const byAnalyst = await request('POST', `/organizations/${centre.organizationId}/verify`, analyst.token);
    expect(byAnalyst.statusCode).toBe(200);
    expect(byAnalyst.json().verified).toBe(true);

    const audit = await ctx.database.pool.query(
      "SELECT actor_organization_id FROM audit_events WHERE action = 'organization.verified' AND entity_id = $1",
      [centre.organizationId],
    );
    expect(audit.rows).toEqual([{ actor_organization_id: analyst.organizationId }]);

    const listed = await request('GET', '/organizations?kind=center&verified=true&region=55', analyst.token);
    expect(listed.json().items.map((o: { id: string }) => o.id)).toContain(centre.organizationId);
  });

  it('lets only an administrator create an association', async () => {
    const enterprise = await register(ctx.app);
    const refused = await request('POST', '/organizations', enterprise.token, {
      organization: {
        name: 'Самозванцы',
        kind: 'association',
        inn: '7707083893',
        ogrn: '1027700132195',
        regionCode: '77',
      },
      owner: { email: 'x@example.ru', fullName: 'Икс Игрек', password: 'long password 1' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('keeps self-registration to enterprises and centres', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        email: 'assoc@example.ru',
        password: 'long password 1',
        fullName: 'Анна',
        organization: {
          name: 'Ассоциация',
          kind: 'association',
          inn: '7707083893',
          ogrn: '1027700132195',
          regionCode: '77',
        },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('organization.kind');
  });
});
