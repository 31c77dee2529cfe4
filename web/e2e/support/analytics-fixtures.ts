import pino from 'pino';
import type { Worker } from 'bullmq';
import type { Database } from '../../../server/src/db/client';
import { lotJobHandlers } from '../../../server/src/modules/lots/lots.rebuild';
import { createRedis } from '../../../server/src/queue/connections';
import { handlerTable, startWorkers } from '../../../server/src/queue/worker-runtime';

/**
 * Lot rebuilds run in the worker; the shared in-process worker does not carry their handler, so this
 * one adds it on the same prefix (the outbox relay there enqueues the job, this worker runs it).
 */
export function startLotWorker(database: Database, options: { redisUrl: string; prefix: string }) {
  const log = pino({ level: 'silent' });
  const connection = createRedis(options.redisUrl, 'worker', log);
  const workers: Worker[] = startWorkers({
    connection,
    prefix: options.prefix,
    concurrency: 1,
    handlers: handlerTable(lotJobHandlers({ db: database.db })),
    log,
  });
  return {
    async stop() {
      await Promise.all(workers.map((worker) => worker.close()));
      connection.disconnect();
    },
  };
}
