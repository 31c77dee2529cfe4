import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { JobDefinition } from './define-job';
import type { QueueName } from './queues';

export type JobHandler = (data: unknown, job: Job) => Promise<unknown>;
export type HandlerTable = Partial<Record<QueueName, Record<string, JobHandler>>>;
export type HandlerEntry = [QueueName, string, JobHandler];

/** Binds a job definition to its handler; the payload is parsed by the definition's zod schema first. */
export function handle<P extends z.ZodType>(
  definition: JobDefinition<P>,
  handler: (payload: z.output<P>, job: Job) => Promise<unknown>,
): HandlerEntry {
  return [definition.queue, definition.name, (data, job) => handler(definition.payload.parse(data), job)];
}

export function handlerTable(entries: HandlerEntry[]): HandlerTable {
  const table: HandlerTable = {};
  for (const [queue, name, handler] of entries) table[queue] = { ...table[queue], [name]: handler };
  return table;
}

/**
 * One BullMQ worker per queue that has handlers; failures are retried with the queue's backoff.
 * `concurrency`: jobs each worker holds at once, unless `concurrencyOf` names its queue.
 */
export function startWorkers(options: {
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  concurrencyOf?: Partial<Record<QueueName, number>>;
  handlers: HandlerTable;
  log: Logger;
}): Worker[] {
  const { connection, prefix, concurrency, concurrencyOf = {}, handlers, log } = options;
  return Object.entries(handlers).map(([queue, byName]) => {
    const worker = new Worker(
      queue,
      async (job) => {
        const handler = byName?.[job.name];
        if (!handler) throw new Error(`no handler for job ${job.name} on queue ${queue}`);
        return handler(job.data, job);
      },
      { connection, prefix, concurrency: concurrencyOf[queue as QueueName] ?? concurrency },
    );
    worker.on('failed', (job, error) =>
      log.warn(
        { err: error, queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade },
        'job failed',
      ),
    );
    worker.on('error', (error) => log.warn({ err: error, queue }, 'worker error'));
    return worker;
  });
}
