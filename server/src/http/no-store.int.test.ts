import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, type Registered } from '../../test/fixtures';
import { createTestApp, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let user: Registered;
let webDist: string;

beforeAll(async () => {
  // A built client of two files, so the static caching can be told apart from the API's.
  webDist = await mkdtemp(path.join(os.tmpdir(), 'zamena-web-'));
  await mkdir(path.join(webDist, 'assets'));
  await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Zamena</title>');
  await writeFile(path.join(webDist, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  ctx = await createTestApp({ WEB_DIST_DIR: webDist });
  user = await register(ctx.app);
});
afterAll(async () => {
  await ctx?.close();
  await rm(webDist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url, headers });

describe('Cache-Control', () => {
  it('is no-store on every answer to a signed-in request, errors included', async () => {
    for (const url of ['/api/v1/me', '/api/v1/needs', '/api/v1/regions', '/api/v1/needs/not-an-id']) {
      const response = await get(url, bearer(user.token));
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('is no-store on what the auth routes answer: they hand out tokens', async () => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(login.statusCode).toBe(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const refresh = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { zamena_refresh: user.cookie },
    });
    expect(refresh.headers['cache-control']).toBe('no-store');
    const registered = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: {} });
    expect(registered.headers['cache-control']).toBe('no-store');
  });

  it("leaves public answers and the web client's files their own caching", async () => {
    expect((await get('/api/v1/regions')).headers['cache-control']).toBe('public, max-age=3600');
    expect((await get('/assets/app-1a2b3c.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/needs/123')).headers['cache-control']).toBe('no-cache');
  });
});
