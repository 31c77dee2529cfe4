import { randomBytes } from 'node:crypto';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedis, readyOrTimeout } from '../queue/connections';
import { settlingStore } from './rate-limit-store';

const silent = { warn: () => undefined };
const WINDOW_MS = 60_000;
const SETTLE_MS = 50;

const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 'requests', silent);
const prefix = `rate-limit-store-test-${randomBytes(4).toString('hex')}-`;
/** Two API processes: each its own store over the same Redis keys. */
const first = settlingStore({ redis, prefix, settleMs: SETTLE_MS });
const second = settlingStore({ redis, prefix, settleMs: SETTLE_MS });

beforeAll(() => readyOrTimeout(redis, 2000));
afterAll(async () => {
  first.stop();
  second.stop();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

const incr = (store: FastifyRateLimitStore, key: string) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) =>
    store.incr(key, (error, result) => (error || !result ? reject(error) : resolve(result)), WINDOW_MS, 10),
  );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the settling rate-limit store', () => {
  it('counts concurrent requests of one process one by one, from the first', async () => {
    const store = new first.Store({});
    const results = await Promise.all(Array.from({ length: 7 }, () => incr(store, 'concurrent')));
    expect(results.map((result) => result.current).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results.every((result) => result.ttl > 0 && result.ttl <= WINDOW_MS)).toBe(true);
    // Within the settle interval the next ones are counted here, without Redis, and go on from there.
    expect((await incr(store, 'concurrent')).current).toBe(8);
  });

  it('sends what it counted by itself within the interval, so other processes see it', async () => {
    const one = new first.Store({});
    const other = new second.Store({});
    await incr(one, 'shared');
    for (let i = 0; i < 4; i++) await incr(one, 'shared');
    expect(await redis.get(`${prefix}shared`)).toBe('1');
    await pause(SETTLE_MS * 3);
    expect(await redis.get(`${prefix}shared`)).toBe('5');
    expect((await incr(other, 'shared')).current).toBe(6);
    await pause(SETTLE_MS * 2);
    // The first process's count is stale now: its next request settles and sees the other's.
    expect((await incr(one, 'shared')).current).toBe(7);
  });

  it('counts a route with limits of its own apart from the others', async () => {
    const store = new first.Store({});
    const route = { method: 'POST' as const, url: '/api/v1/auth/login', handler: () => undefined };
    // As the plugin passes it: the route's merged limits, the route itself as `routeInfo`.
    const merged = { ...route, url: '', path: '', prefix: '', routeInfo: route };
    const login = store.child(merged);
    await incr(store, 'someone');
    expect((await incr(login, 'someone')).current).toBe(1);
    expect(await redis.get(`${prefix}POST/api/v1/auth/login-someone`)).toBe('1');
  });

  it('passes a Redis failure on to the request, which the plugin then lets through', async () => {
    const broken = createRedis('redis://127.0.0.1:1', 'requests', silent);
    const { Store, stop } = settlingStore({ redis: broken, prefix, settleMs: SETTLE_MS });
    try {
      await expect(incr(new Store({}), 'broken')).rejects.toThrow();
    } finally {
      stop();
      broken.disconnect();
    }
  });
});
