import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  ApiError,
  isApiReachable,
  NETWORK_UNREACHABLE,
  onSessionChange,
  RATE_LIMITED,
  refreshSession,
  setSession,
} from './api-client';
import { rateLimitedUntil, subscribeRateLimit } from './rate-limit-notice';

type Call = { url: string; method: string; authorization: string | null };

const problem = (status: number, code: string) =>
  new Response(
    JSON.stringify({ type: `urn:zamena:problem:${code}`, title: 'x', status, code, detail: code }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const session = (accessToken: string) => ({ accessToken, user: { id: 'u' }, organization: { id: 'o' } });

let calls: Call[];

function serve(handler: (call: Call) => Response | Promise<Response>) {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const call = {
      url,
      method: init.method ?? 'GET',
      authorization: new Headers(init.headers).get('authorization'),
    };
    calls.push(call);
    return handler(call);
  });
}

beforeEach(() => {
  calls = [];
  setSession(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('refreshes once on a 401 and retries with the new token', async () => {
    setSession(session('old') as never);
    serve(({ url, authorization }) => {
      if (url.endsWith('/auth/refresh')) return json(session('new'));
      return authorization === 'Bearer new' ? json({ ok: true }) : problem(401, 'invalid_token');
    });
    await expect(api.get('/me')).resolves.toEqual({ ok: true });
    expect(calls.map((c) => `${c.method} ${c.url} ${c.authorization}`)).toEqual([
      'GET /api/v1/me Bearer old',
      'POST /api/v1/auth/refresh null',
      'GET /api/v1/me Bearer new',
    ]);
  });

  it('shares one refresh between concurrent requests, since a reused refresh cookie revokes the session', async () => {
    serve(async ({ url }) => {
      if (url.endsWith('/auth/refresh')) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(session('fresh'));
      }
      return problem(401, 'invalid_token');
    });
    await Promise.all([refreshSession(), refreshSession(), refreshSession()]);
    expect(calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('signs out locally when the refresh cookie is refused', async () => {
    setSession(session('old') as never);
    const seen: unknown[] = [];
    const unsubscribe = onSessionChange((next) => seen.push(next));
    serve(({ url }) =>
      url.endsWith('/auth/refresh') ? problem(401, 'invalid_refresh_token') : problem(401, 'invalid_token'),
    );
    await expect(api.get('/me')).rejects.toMatchObject({ status: 401, code: 'invalid_token' });
    expect(seen).toEqual([null]);
    unsubscribe();
  });

  it('throws an ApiError carrying the problem document and its field errors', async () => {
    serve(
      () =>
        new Response(
          JSON.stringify({
            type: 'urn:zamena:problem:validation_failed',
            title: 'Bad Request',
            status: 400,
            code: 'validation_failed',
            detail: 'The body is invalid',
            errors: [{ path: 'organization.inn', message: 'checksum does not match' }],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    );
    const error = await api.post('/auth/register', {}, { auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'organization.inn', message: 'checksum does not match' }],
    });
  });

  it('reports network_unreachable when the API cannot be reached, and recovers when it answers', async () => {
    serve(() => Promise.reject(new TypeError('fetch failed')));
    await expect(api.get('/regions', { auth: false })).rejects.toMatchObject({ code: NETWORK_UNREACHABLE });
    expect(isApiReachable()).toBe(false);
    serve(() => new Response('proxy error', { status: 500, headers: { 'content-type': 'text/plain' } }));
    await expect(api.get('/regions', { auth: false })).rejects.toMatchObject({ code: NETWORK_UNREACHABLE });
    serve(() => json({ items: [] }));
    await expect(api.get('/regions', { auth: false })).resolves.toEqual({ items: [] });
    expect(isApiReachable()).toBe(true);
  });

  it('turns a 429 into rate_limited with the wait Retry-After names, and starts the notice', async () => {
    const heard: (number | null)[] = [];
    const unsubscribe = subscribeRateLimit(() => heard.push(rateLimitedUntil()));
    serve(() => {
      const limited = problem(429, RATE_LIMITED);
      limited.headers.set('retry-after', '42');
      return limited;
    });
    const before = Date.now();
    const error = await api.get('/needs').catch((e: unknown) => e);
    unsubscribe();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: RATE_LIMITED, retryAfterSeconds: 42 });
    expect(heard).toHaveLength(1);
    expect(heard[0]! - before).toBeGreaterThanOrEqual(42_000);
    expect(heard[0]! - before).toBeLessThan(43_000);
  });

  it('reads a 429 that is not our problem document (a proxy’s page) as rate_limited too', async () => {
    serve(
      () =>
        new Response('<h1>Too Many Requests</h1>', { status: 429, headers: { 'content-type': 'text/html' } }),
    );
    await expect(api.get('/needs')).rejects.toMatchObject({ code: RATE_LIMITED, retryAfterSeconds: 60 });
  });
});
