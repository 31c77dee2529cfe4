import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { databaseUrl } from '../../../test/test-database';
import { startTcpProxy } from '../../../test/tcp-proxy';

let ctx: TestContext;
let pgProxy: Awaited<ReturnType<typeof startTcpProxy>>;
let redisProxy: Awaited<ReturnType<typeof startTcpProxy>>;

beforeAll(async () => {
  pgProxy = await startTcpProxy(5432);
  redisProxy = await startTcpProxy(6379);
  ctx = await createTestApp((name) => ({
    DATABASE_URL: databaseUrl(name).replace(':5432/', `:${pgProxy.port()}/`),
    REDIS_URL: `redis://127.0.0.1:${redisProxy.port()}`,
  }));
});
afterAll(async () => {
  await pgProxy.open().catch(() => undefined);
  await redisProxy.open().catch(() => undefined);
  await ctx.close();
  await pgProxy.close();
  await redisProxy.close();
});

const readyz = async () => {
  const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/readyz' });
  return { status: response.statusCode, body: response.json() };
};

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe('operations endpoints', () => {
  it('healthz answers while the process is up', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/healthz' });
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('readyz answers 503 while PostgreSQL is unreachable and recovers without a restart', async () => {
    expect(await eventually(async () => (await readyz()).status === 200)).toBe(true);
    await pgProxy.close();
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body.checks).toEqual({ postgres: 'down', redis: 'up' });
    await pgProxy.open();
    expect(await eventually(async () => (await readyz()).status === 200)).toBe(true);
  });

  it('readyz answers 503 while Redis is unreachable and recovers without a restart', async () => {
    await redisProxy.close();
    expect(await eventually(async () => (await readyz()).status === 503)).toBe(true);
    expect((await readyz()).body.checks.redis).toBe('down');
    await redisProxy.open();
    expect(await eventually(async () => (await readyz()).status === 200)).toBe(true);
  });

  it('publishes OpenAPI 3 generated from the zod schemas', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const spec = response.json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.paths['/api/v1/auth/register'].post.requestBody).toBeDefined();
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('answers unknown API routes with a problem document and echoes request ids', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/nothing-here',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, code: 'route_not_found' });
  });
});
