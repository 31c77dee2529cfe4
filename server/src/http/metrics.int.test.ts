import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';

const TOKEN = 'metrics-token-of-the-test-0123';
let withToken: TestContext;
let withoutToken: TestContext;

beforeAll(async () => {
  [withToken, withoutToken] = await Promise.all([createTestApp({ METRICS_TOKEN: TOKEN }), createTestApp()]);
});
afterAll(async () => {
  await Promise.all([withToken?.close(), withoutToken?.close()]);
});

const metrics = (ctx: TestContext, authorization?: string) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/metrics', headers: authorization ? { authorization } : {} });

describe('Prometheus metrics', () => {
  it('are served with request durations to the holder of METRICS_TOKEN', async () => {
    await withToken.app.inject({ method: 'GET', url: '/api/v1/healthz' });
    const response = await metrics(withToken, `Bearer ${TOKEN}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('http_request_duration_seconds_bucket');
    expect(response.body).toContain('route="/api/v1/healthz"');
  });

  it('are refused without the token or with another one', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, TOKEN, 'Bearer ']) {
      const response = await metrics(withToken, authorization);
      expect(response.statusCode, authorization).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).not.toContain('process_cpu');
    }
  });

  it('do not exist when no METRICS_TOKEN is set', async () => {
    const response = await metrics(withoutToken, `Bearer ${TOKEN}`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'route_not_found' });
  });
});
