// Entry: the worker process (DESIGN.md §1): the outbox relay and BullMQ job handlers.
import { loadEnvOrExit } from './config/env';
import { createDatabase } from './db/client';
import { createLogger } from './lib/logger';
import { exitUnlessServicesReachable } from './lib/service-check';
import { createRedis } from './queue/connections';
import { expireNeedsJob, expireOverdueNeeds } from './modules/needs/needs.jobs';
import { startOutboxRelay } from './queue/outbox-relay';
import { closeQueues, createQueues } from './queue/queues';
import { handle, handlerTable, startWorkers } from './queue/worker-runtime';

const HEARTBEAT_MS = 60_000;

const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL, 'worker');
await exitUnlessServicesReachable(env.DATABASE_URL, env.REDIS_URL);

const database = createDatabase(env.DATABASE_URL, log);
const producer = createRedis(env.REDIS_URL, 'worker', log);
const queues = createQueues(producer, env.QUEUE_PREFIX);
const relay = startOutboxRelay({ pool: database.pool, queues, log, pollMs: env.OUTBOX_POLL_MS });

const handlers = handlerTable([
  handle(expireNeedsJob, async () => ({ expired: await expireOverdueNeeds(database.db, new Date()) })),
]);
const workers = startWorkers({
  connection: createRedis(env.REDIS_URL, 'worker', log),
  prefix: env.QUEUE_PREFIX,
  concurrency: env.WORKER_CONCURRENCY,
  handlers,
  log,
});
// Repeatable jobs are schedulers in Redis keyed by id: every worker replica upserts the same one.
await queues.maintenance.upsertJobScheduler(
  expireNeedsJob.name,
  { pattern: '5 * * * *' },
  { name: expireNeedsJob.name, data: {} },
);

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
    await Promise.all(workers.map((worker) => worker.close()));
    await closeQueues(queues);
    producer.disconnect();
    await database.close();
    process.exit(0);
  });
}
