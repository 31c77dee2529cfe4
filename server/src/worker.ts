// Entry: the worker process (DESIGN.md §1): the outbox relay and BullMQ job handlers.
import { loadEnvOrExit } from './config/env';
import { createDatabase } from './db/client';
import { createLogger } from './lib/logger';
import { exitUnlessServicesReachable } from './lib/service-check';
import { createRedis } from './queue/connections';
import { startOutboxRelay } from './queue/outbox-relay';
import { closeQueues, createQueues } from './queue/queues';

const HEARTBEAT_MS = 60_000;

const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL, 'worker');
await exitUnlessServicesReachable(env.DATABASE_URL, env.REDIS_URL);

const database = createDatabase(env.DATABASE_URL, log);
const producer = createRedis(env.REDIS_URL, 'worker', log);
const queues = createQueues(producer, env.QUEUE_PREFIX);
const relay = startOutboxRelay({ pool: database.pool, queues, log, pollMs: env.OUTBOX_POLL_MS });

const heartbeat = setInterval(async () => {
  const pending = await database.pool
    .query<{ count: string }>('SELECT count(*) FROM outbox WHERE sent_at IS NULL')
    .then((result) => Number(result.rows[0]?.count ?? 0))
    .catch(() => null);
  log.info({ outboxPending: pending }, 'worker alive');
}, HEARTBEAT_MS);
log.info({ concurrency: env.WORKER_CONCURRENCY }, 'worker started');

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'worker shutting down');
    setTimeout(() => process.exit(1), 15_000).unref();
    clearInterval(heartbeat);
    await relay.stop();
    await closeQueues(queues);
    producer.disconnect();
    await database.close();
    process.exit(0);
  });
}
