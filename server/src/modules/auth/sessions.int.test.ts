import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import { bearer, register } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { databaseUrl } from '../../../test/test-database';

const SHORT_TTL_MS = 300;

let ctx: TestContext;
/** A second API process on the same database, whose session cache keeps states for SHORT_TTL_MS. */
let other: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  other = await createTestApp({
    DATABASE_URL: databaseUrl(ctx.databaseName),
    SESSION_CACHE_TTL_MS: String(SHORT_TTL_MS),
  });
});
afterAll(async () => {
  await other.close();
  await ctx.close();
});

const me = (context: TestContext, token: string) =>
  context.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });
const refreshWith = (cookie: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { zamena_refresh: cookie } });
const logout = (cookie: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { zamena_refresh: cookie } });
const login = (email: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('revocable access tokens', () => {
  it('refuses a well-signed token of a user that does not exist', async () => {
    const response = await me(ctx, ctx.app.signAccessToken(randomUUID(), 0));
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('session_ended');
  });

  it('answers 401, not 500, to a deleted user posting a need or a message', async () => {
    const buyer = await register(ctx.app);
    const need = await openNeed(ctx.app, buyer.token);
    const gone = await register(ctx.app);
    await ctx.database.pool.query(
      `DELETE FROM refresh_tokens WHERE family_id IN (SELECT id FROM refresh_token_families WHERE user_id = $1)`,
      [gone.userId],
    );
    await ctx.database.pool.query('DELETE FROM refresh_token_families WHERE user_id = $1', [gone.userId]);
    await ctx.database.pool.query('DELETE FROM users WHERE id = $1', [gone.userId]);

    const message = await api(ctx.app, 'POST', `/needs/${need.id}/messages`, gone.token, {
      body: 'Можем изготовить',
    });
    expect(message.statusCode).toBe(401);
    const posted = await api(ctx.app, 'POST', '/needs', gone.token, {});
    expect(posted.statusCode).toBe(401);
  });

  it('ends access tokens at logout: at once here, within the cache time in another process', async () => {
    const owner = await register(ctx.app);
    expect((await me(ctx, owner.token)).statusCode).toBe(200);
    expect((await me(other, owner.token)).statusCode).toBe(200); // now cached there

    expect((await logout(owner.cookie)).statusCode).toBe(204);
    const here = await me(ctx, owner.token);
    expect(here.statusCode).toBe(401);
    expect(here.json().code).toBe('session_ended');
    await sleep(SHORT_TTL_MS + 50);
    expect((await me(other, owner.token)).statusCode).toBe(401);
    expect((await refreshWith(owner.cookie)).statusCode).toBe(401);
  });

  it("keeps the user's other devices signed in after a logout: they refresh", async () => {
    const owner = await register(ctx.app);
    const laptop = await login(owner.email, owner.password);
    const laptopCookie = laptop.cookies.find((c) => c.name === 'zamena_refresh')!.value;

    await logout(owner.cookie);
    expect((await me(ctx, laptop.json().accessToken)).statusCode).toBe(401);
    const refreshed = await refreshWith(laptopCookie);
    expect(refreshed.statusCode).toBe(200);
    expect((await me(ctx, refreshed.json().accessToken)).statusCode).toBe(200);
  });

  it('ends the family and its access tokens when a refresh token is used twice', async () => {
    const owner = await register(ctx.app);
    const rotated = await refreshWith(owner.cookie);
    expect(rotated.statusCode).toBe(200);
    const newToken = rotated.json().accessToken as string;
    const newCookie = rotated.cookies.find((c) => c.name === 'zamena_refresh')!.value;
    expect((await me(ctx, newToken)).statusCode).toBe(200);

    const reused = await refreshWith(owner.cookie);
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('refresh_token_reused');
    expect((await me(ctx, newToken)).statusCode).toBe(401);
    expect((await me(ctx, owner.token)).statusCode).toBe(401);
    expect((await refreshWith(newCookie)).statusCode).toBe(401);
  });

  it('takes role and organization from the database, not from the token', async () => {
    const owner = await register(ctx.app);
    await ctx.database.pool.query(`UPDATE users SET role = 'member' WHERE id = $1`, [owner.userId]);
    // The token still says owner; a member may not invite.
    const invite = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${owner.organizationId}/invitations`,
      headers: bearer(owner.token),
      payload: { email: `x.${randomUUID()}@example.ru`, fullName: 'Олег Смирнов' },
    });
    expect(invite.statusCode).toBe(403);
  });
});
