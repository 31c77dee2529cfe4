import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedis } from './connections';
import { closeQueues, createQueues, type QueueName } from './queues';
import { startWorkers } from './worker-runtime';

const silent = pino({ level: 'silent' });
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test-runtime-${randomBytes(4).toString('hex')}`;
const queues = createQueues(createRedis(REDIS_URL, 'producer', silent), prefix);

afterAll(async () => {
  await Promise.all(Object.values(queues).map((queue) => queue.obliterate({ force: true })));
  await closeQueues(queues);
});

describe('queue workers', () => {
  it('hold as many jobs at once as their queue is given, the others the default', async () => {
    const running = { matching: 0, maintenance: 0 };
    const most = { matching: 0, maintenance: 0 };
    let finished = 0;
    const hold = (queue: 'matching' | 'maintenance') => async () => {
      running[queue] += 1;
      most[queue] = Math.max(most[queue], running[queue]);
      await new Promise((resolve) => setTimeout(resolve, 400));
      running[queue] -= 1;
      finished += 1;
    };
    for (const queue of ['matching', 'maintenance'] as const) {
      await queues[queue].addBulk(Array.from({ length: 4 }, (_, i) => ({ name: 'hold', data: { i } })));
    }
    const workers = startWorkers({
      connection: createRedis(REDIS_URL, 'worker', silent),
      prefix,
      concurrency: 1,
      concurrencyOf: { matching: 4 } satisfies Partial<Record<QueueName, number>>,
      handlers: { matching: { hold: hold('matching') }, maintenance: { hold: hold('maintenance') } },
      log: silent,
    });
    try {
      for (let i = 0; i < 100 && finished < 8; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(finished).toBe(8);
      expect(most.maintenance).toBe(1);
      expect(most.matching).toBeGreaterThan(1);
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
    }
  });
});
