import { Queue, type ConnectionOptions } from 'bullmq';

export const QUEUE_NAMES = ['matching', 'notifications', 'imports', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** Completed jobs are kept a day so a repeated add with the same deterministic id stays a no-op. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 86_400, count: 100_000 },
  removeOnFail: { age: 14 * 86_400 },
} as const;

export type Queues = Record<QueueName, Queue>;

export function createQueues(connection: ConnectionOptions, prefix: string): Queues {
  const entries = QUEUE_NAMES.map((name) => [
    name,
    new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
  ]);
  return Object.fromEntries(entries) as Queues;
}

export const closeQueues = (queues: Queues) =>
  Promise.all(Object.values(queues).map((queue) => queue.close()));
