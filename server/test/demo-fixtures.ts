import { pino } from 'pino';
import type { App } from '../src/app';
import type { Env } from '../src/config/env';
import type { Database } from '../src/db/client';
import { loadDemo } from '../scripts/demo/load-demo';
import { createRedis } from '../src/queue/connections';
import { closeQueues, createQueues } from '../src/queue/queues';

const silent = pino({ level: 'silent' });

/** The demo makes hundreds of calls from one address within seconds; rate limits are not under test. */
export const DEMO_LIMITS = { RATE_LIMIT_PER_MINUTE: '1000000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' };

type Target = { app: App; database: Database; env: Env };

/** `npm run demo` against a test app's database and queues. */
export const loadDemoInto = ({ app, database, env }: Target) =>
  loadDemo({ app, database, redisUrl: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX, log: silent });

/** The jobs the demo leaves for the exchange's worker (notification deliveries) go with the test. */
export async function dropDemoQueues({ env }: Pick<Target, 'env'>) {
  const redis = createRedis(env.REDIS_URL, 'worker', silent);
  const queues = createQueues(redis, env.QUEUE_PREFIX);
  await Promise.all(Object.values(queues).map((queue) => queue.obliterate({ force: true })));
  await closeQueues(queues);
  redis.disconnect();
}
