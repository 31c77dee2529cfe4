import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Separate connection profiles (BullMQ production guide): a producer fails fast when Redis is down
 * (the outbox keeps the work), a worker or subscriber waits and reconnects forever.
 */
export type RedisRole = 'producer' | 'worker' | 'subscriber';

export function createRedis(url: string, role: RedisRole, log: Pick<Logger, 'warn'>): Redis {
  const options: RedisOptions =
    role === 'producer'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }
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
