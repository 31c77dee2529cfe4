import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, type Registered } from '../../test/fixtures';
import { createTestApp, type TestContext } from '../../test/test-app';

describe('request rate limit (counters in Redis, sent auto-pipelined)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => ctx.close());

  it('counts concurrent requests one by one: exactly the limit passes, the rest get 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 7 }, () => ctx.app.inject({ method: 'GET', url: '/api/v1/regions' })),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429]);
    const limited = responses.find((response) => response.statusCode === 429)!;
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('leaves health checks out of the count', async () => {
    const health = await ctx.app.inject({ method: 'GET', url: '/api/v1/healthz' });
    expect(health.statusCode).toBe(200);
  });

  it('starts and serves requests, unlimited, when Redis does not answer', async () => {
    const withoutRedis = await createTestApp({
      RATE_LIMIT_PER_MINUTE: '1',
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    try {
      const responses = await Promise.all(
        [1, 2, 3].map(() => withoutRedis.app.inject({ method: 'GET', url: '/api/v1/regions' })),
      );
      expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    } finally {
      await withoutRedis.close();
    }
  });
});

describe('what is counted, and whose counter it is', () => {
  const PER_ADDRESS = 5;
  const PER_USER = 3;
  let ctx: TestContext;
  let webDist: string;
  let first: Registered;
  let second: Registered;

  beforeAll(async () => {
    webDist = await mkdtemp(path.join(os.tmpdir(), 'zamena-web-'));
    await mkdir(path.join(webDist, 'assets'));
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Zamena</title>');
    await writeFile(path.join(webDist, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
    await writeFile(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    ctx = await createTestApp({
      WEB_DIST_DIR: webDist,
      RATE_LIMIT_PER_MINUTE: String(PER_ADDRESS),
      RATE_LIMIT_PER_USER_PER_MINUTE: String(PER_USER),
    });
    // Two anonymous calls of this address's five.
    first = await register(ctx.app);
    second = await register(ctx.app);
  });
  afterAll(async () => {
    await ctx?.close();
    await rm(webDist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'GET', url, headers });

  it('never counts the page, its client-side routes or static files, however many are loaded', async () => {
    for (let load = 0; load < 20; load += 1) {
      for (const url of ['/', '/dashboard', '/needs/123', '/assets/app-1a2b3c.js', '/favicon.svg']) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['x-ratelimit-limit'], url).toBeUndefined();
      }
    }
    // The address still has its whole anonymous budget left but for the two registrations.
    const api = await get('/api/v1/regions');
    expect(api.statusCode).toBe(200);
    expect(api.headers['x-ratelimit-limit']).toBe(String(PER_ADDRESS));
    expect(api.headers['x-ratelimit-remaining']).toBe(String(PER_ADDRESS - 3));
  });

  it('counts a signed-in user on their own, so two users from one address do not share a counter', async () => {
    const firstCalls = [];
    for (let call = 0; call < PER_USER + 1; call += 1)
      firstCalls.push(await get('/api/v1/me', bearer(first.token)));
    expect(firstCalls.map((response) => response.statusCode)).toEqual([200, 200, 200, 429]);
    expect(firstCalls[0]!.headers['x-ratelimit-limit']).toBe(String(PER_USER));
    expect(Number(firstCalls[3]!.headers['retry-after'])).toBeGreaterThan(0);

    // Same address, another user: a full budget of their own.
    for (let call = 0; call < PER_USER; call += 1) {
      expect((await get('/api/v1/me', bearer(second.token))).statusCode).toBe(200);
    }
    // And the anonymous budget of the address was not touched by either.
    expect((await get('/api/v1/regions')).headers['x-ratelimit-remaining']).toBe(String(PER_ADDRESS - 4));
  });

  it('counts a request whose token does not verify against its address, not the user it names', async () => {
    const forged = `${first.token.slice(0, -4)}AAAA`;
    const response = await get('/api/v1/regions', bearer(forged));
    expect(response.headers['x-ratelimit-limit']).toBe(String(PER_ADDRESS));
    expect(response.headers['x-ratelimit-remaining']).toBe('0');
    expect((await get('/api/v1/regions')).statusCode).toBe(429);
    // The page still loads while the address is out of API calls.
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });
});
