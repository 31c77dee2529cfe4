import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, signInAdmin } from '../../test/fixtures';
import { createTestApp, type TestContext } from '../../test/test-app';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard.plugin';

let ctx: TestContext;
let admin: { token: string };
let user: { token: string };

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
  user = await register(ctx.app);
});
afterAll(() => ctx.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url: `${QUEUE_DASHBOARD_PATH}${url}`, headers });

describe('queue dashboard (bull-board)', () => {
  it('is closed to anonymous callers and to users who are not administrators', async () => {
    expect((await get('')).statusCode).toBe(401);
    expect((await get('/api/queues')).statusCode).toBe(401);
    expect((await get(`?access_token=garbage`)).statusCode).toBe(401);
    const refused = await get('/api/queues', bearer(user.token));
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'admin_only' });
    expect((await get(`?access_token=${user.token}`)).statusCode).toBe(403);
  });

  it("opens for an administrator's token in the query and keeps it in a path-scoped cookie", async () => {
    const page = await get(`?access_token=${admin.token}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const cookie = page.cookies.find((c) => c.name === 'zamena_queues_token');
    expect(cookie).toMatchObject({ path: QUEUE_DASHBOARD_PATH, httpOnly: true, sameSite: 'Strict' });
    const api = await get('/api/queues', { cookie: `zamena_queues_token=${cookie!.value}` });
    expect(api.statusCode, api.body).toBe(200);
    const names = api
      .json()
      .queues.map((queue: { name: string }) => queue.name)
      .sort();
    expect(names).toEqual(['imports', 'maintenance', 'matching', 'notifications']);
  });

  it("takes the administrator's right from the database, not from the token's claims", async () => {
    const member = await register(ctx.app);
    const claims = { sub: member.userId, sv: 0, adm: true };
    const forged = ctx.app.jwt.sign(claims);
    expect((await get('/api/queues', bearer(forged))).statusCode).toBe(403);
  });

  it('accepts the Authorization header', async () => {
    expect((await get('/api/queues', bearer(admin.token))).statusCode).toBe(200);
  });
});
