import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Separate connection profiles (BullMQ production guide): a producer fails fast when Redis is down
 * (the outbox keeps the work), a worker or subscriber waits and reconnects forever. `requests` is a
 * producer whose commands of one event-loop turn go out in one write (ioredis auto-pipelining): the
 * per-request rate-limit counters of concurrent requests then share a system call. Never give it to
 * BullMQ (auto-pipelined queue connections have been reported to lose jobs).
 */
export type RedisRole = 'producer' | 'requests' | 'worker' | 'subscriber';

export function createRedis(url: string, role: RedisRole, log: Pick<Logger, 'warn'>): Redis {
  const failFast: RedisOptions = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 };
  const options: RedisOptions =
    role === 'producer'
      ? failFast
      : role === 'requests'
        ? { ...failFast, enableAutoPipelining: true }
        : { maxRetriesPerRequest: null, enableReadyCheck: true };
  const redis = new Redis(url, {
    ...options,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let reported = false;
  redis.on('error', (error) => {
    if (!reported) log.warn({ err: error, role }, 'Redis connection failed; retrying');
    reported = true;
  });
  redis.on('ready', () => {
    reported = false;
  });
  return redis;
}

/** Resolves once the connection is ready, or after `timeoutMs` if Redis does not answer (callers go on without it). */
export async function readyOrTimeout(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return true;
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.on('ready', onReady);
  });
}
