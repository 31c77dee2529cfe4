import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
});
afterAll(() => ctx.close());

describe('request rate limit (counters in Redis, sent auto-pipelined)', () => {
  it('counts concurrent requests one by one: exactly the limit passes, the rest get 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 7 }, () => ctx.app.inject({ method: 'GET', url: '/api/v1/regions' })),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429]);
    const limited = responses.find((response) => response.statusCode === 429)!;
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate_limited');
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
