import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { bearer, randomInn, randomOgrn, register, uniqueEmail } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '5' });
});
afterAll(() => ctx.close());

const refreshWith = (cookie: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { zamena_refresh: cookie } });
const login = (email: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
const countRows = async (table: string) =>
  Number((await ctx.database.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe('accounts', () => {
  it('registers, signs in, reads /me, rotates the refresh token and revokes the family on reuse', async () => {
    const owner = await register(ctx.app, { name: 'АО Рязанский завод' });

    const signedIn = await login(owner.email, owner.password);
    expect(signedIn.statusCode).toBe(200);
    const firstCookie = signedIn.cookies.find((c) => c.name === 'zamena_refresh')!;
    expect(firstCookie.httpOnly).toBe(true);
    expect(firstCookie.path).toBe('/api/v1/auth');

    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(signedIn.json().accessToken),
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().organization.name).toBe('АО Рязанский завод');
    expect(me.json().user.role).toBe('owner');

    const rotated = await refreshWith(firstCookie.value);
    expect(rotated.statusCode).toBe(200);
    const secondCookie = rotated.cookies.find((c) => c.name === 'zamena_refresh')!;
    expect(secondCookie.value).not.toBe(firstCookie.value);

    const reused = await refreshWith(firstCookie.value);
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('refresh_token_reused');

    // The thief's reuse revoked the whole family: the legitimate newer token is dead too.
    const afterRevocation = await refreshWith(secondCookie.value);
    expect(afterRevocation.statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const owner = await register(ctx.app);
    const wrongPassword = await login(owner.email, 'not the password');
    const unknownEmail = await login(uniqueEmail('nobody'), 'not the password');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.headers['content-type']).toContain('application/problem+json');
  });

  it('rate-limits login attempts', async () => {
    const owner = await register(ctx.app);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await login(owner.email, 'guessing-password')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await login(owner.email, owner.password);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
  });

  it('logs out by revoking the refresh family', async () => {
    const owner = await register(ctx.app);
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { zamena_refresh: owner.cookie },
    });
    expect(out.statusCode).toBe(204);
    expect((await refreshWith(owner.cookie)).statusCode).toBe(401);
  });

  it('rejects malformed registrations with the failing field and writes nothing', async () => {
    const before = [
      await countRows('organizations'),
      await countRows('users'),
      await countRows('audit_events'),
    ];
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        email: uniqueEmail(),
        password: 'long enough password',
        fullName: 'Пётр Иванов',
        organization: {
          name: 'ООО Тест',
          kind: 'enterprise',
          inn: '7707083894',
          ogrn: randomOgrn(),
          regionCode: '62',
        },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'organization.inn', message: 'checksum does not match' },
    ]);

    const nul = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        email: uniqueEmail(),
        password: 'long enough password',
        fullName: 'Пётр\u0000Иванов',
        organization: {
          name: 'ООО Тест',
          kind: 'enterprise',
          inn: randomInn(),
          ogrn: randomOgrn(),
          regionCode: '62',
        },
      },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors[0].path).toBe('fullName');

    const unknownRegion = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        email: uniqueEmail(),
        password: 'long enough password',
        fullName: 'Пётр Иванов',
        organization: {
          name: 'ООО Тест',
          kind: 'enterprise',
          inn: randomInn(),
          ogrn: randomOgrn(),
          regionCode: '98',
        },
      },
    });
    expect(unknownRegion.statusCode).toBe(400);
    expect(unknownRegion.json().errors[0].path).toBe('organization.regionCode');

    const notJson = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.headers['content-type']).toContain('application/problem+json');

    expect([
      await countRows('organizations'),
      await countRows('users'),
      await countRows('audit_events'),
    ]).toEqual(before);
  });

  it('refuses a second organization with the same INN and a second user with the same e-mail', async () => {
    const first = await register(ctx.app);
    const inn = (
      await ctx.database.db.execute(sql`SELECT inn FROM organizations WHERE id = ${first.organizationId}`)
    ).rows[0]!.inn as string;
    const sameInn = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        email: uniqueEmail(),
        password: 'long enough password',
        fullName: 'Пётр Иванов',
        organization: { name: 'ООО Двойник', kind: 'enterprise', inn, ogrn: randomOgrn(), regionCode: '62' },
      },
    });
    expect(sameInn.statusCode).toBe(409);
    expect(sameInn.json().code).toBe('organization_exists');

    const sameEmail = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        email: first.email.toUpperCase(),
        password: 'long enough password',
        fullName: 'Пётр Иванов',
        organization: {
          name: 'ООО Другое',
          kind: 'enterprise',
          inn: randomInn(),
          ogrn: randomOgrn(),
          regionCode: '62',
        },
      },
    });
    expect(sameEmail.statusCode).toBe(409);
    expect(sameEmail.json().code).toBe('email_taken');
  });

  it('lets an owner invite a member who joins the same organization', async () => {
    const owner = await register(ctx.app);
    const invited = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${owner.organizationId}/invitations`,
      headers: bearer(owner.token),
      payload: { email: uniqueEmail('member'), fullName: 'Олег Смирнов' },
    });
    expect(invited.statusCode).toBe(201);
    const joined = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: invited.json().token, password: 'member password 1' },
    });
    expect(joined.statusCode).toBe(201);
    expect(joined.json().user.role).toBe('member');
    expect(joined.json().organization.id).toBe(owner.organizationId);

    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: invited.json().token, password: 'member password 1' },
    });
    expect(again.statusCode).toBe(404);

    const members = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${owner.organizationId}/members`,
      headers: bearer(owner.token),
    });
    expect(members.json().items).toHaveLength(2);
  });

  it('records an audit event for registration', async () => {
    const owner = await register(ctx.app);
    const { rows } = await ctx.database.pool.query(
      'SELECT action FROM audit_events WHERE entity_id = ANY($1::text[]) ORDER BY id',
      [[owner.organizationId, owner.userId]],
    );
    expect(rows.map((r) => r.action)).toEqual(['organization.created', 'user.created']);
  });
});
