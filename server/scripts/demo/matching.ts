import type { Logger } from 'pino';
import type { Database } from '../../src/db/client';
import { matchingJobHandlers } from '../../src/modules/matching/matching.handlers';
import { createRedis } from '../../src/queue/connections';
import { relayOutboxBatch } from '../../src/queue/outbox-relay';
import { closeQueues, createQueues } from '../../src/queue/queues';
import { handlerTable, startWorkers } from '../../src/queue/worker-runtime';

const PENDING = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;
const SETTLE_TIMEOUT_MS = 180_000;

export type DemoMatching = {
  /** Relays the outbox and waits until every matching job has run. */
  settle: () => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * The worker's own matching handlers on the exchange's queue (as worker.ts wires them), so the demo's
 * matches are the real engine's. Only the matching queue gets a worker here: jobs of the other queues
 * (notification deliveries) stay queued for the exchange's worker, and a worker already running
 * beside the demo shares the matching jobs without meeting one it cannot run.
 */
export function startDemoMatching(
  database: Database,
  options: { redisUrl: string; prefix: string; log: Logger },
): DemoMatching {
  const { redisUrl, prefix, log } = options;
  const producer = createRedis(redisUrl, 'worker', log);
  const queues = createQueues(producer, prefix);
  const matchingOnly = matchingJobHandlers({ db: database.db, pool: database.pool }).filter(
    ([queue]) => queue === 'matching',
  );
  const connection = createRedis(redisUrl, 'worker', log);
  const workers = startWorkers({
    connection,
    prefix,
    concurrency: 4,
    handlers: handlerTable(matchingOnly),
    log,
  });

  async function unsentMatchingRows(): Promise<number> {
    const { rows } = await database.pool.query<{ count: string }>(
      "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND queue = 'matching'",
    );
    return Number(rows[0]?.count ?? 0);
  }

  return {
    async settle() {
      const deadline = Date.now() + SETTLE_TIMEOUT_MS;
      for (;;) {
        while ((await relayOutboxBatch(database.pool, queues)) > 0);
        const counts = await queues.matching.getJobCounts(...PENDING, 'failed');
        const pending = PENDING.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
        if (pending === 0 && (await unsentMatchingRows()) === 0) {
          if ((counts.failed ?? 0) > 0) {
            const [failed] = await queues.matching.getFailed(0, 0);
            throw new Error(`a matching job failed: ${failed?.failedReason ?? 'unknown reason'}`);
          }
          return;
        }
        if (Date.now() > deadline) throw new Error('matching did not finish within three minutes');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      await Promise.all(workers.map((worker) => worker.close()));
      await closeQueues(queues);
      producer.disconnect();
      connection.disconnect();
    },
  };
}
