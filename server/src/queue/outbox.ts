import type { z } from 'zod';
import type { DbExecutor } from '../db/client';
import { outbox } from '../db/schema';
import type { JobDefinition } from './define-job';

/**
 * Writes an outbox row in the caller's transaction; the worker's relay turns it into a BullMQ job, woken
 * at commit by the table's trigger (migration 0009: NOTIFY outbox).
 * `jobId` is deterministic (no ':' allowed in BullMQ ids), so the same change never becomes two jobs.
 * `topic` names what happened (`need.published`) when several events start the same job; default: the job.
 */
export async function addToOutbox<P extends z.ZodType>(
  db: DbExecutor,
  job: JobDefinition<P>,
  payload: z.input<P>,
  jobId: string,
  topic: string = job.name,
): Promise<void> {
  await addManyToOutbox(db, job, [{ payload, jobId, topic }]);
}

export type OutboxEntry<P extends z.ZodType> = { payload: z.input<P>; jobId: string; topic?: string };

/** Rows per INSERT: five parameters each, well under PostgreSQL's 65,535. */
const BATCH = 1000;

/** Many outbox rows of one job (an import) in a few statements. */
export async function addManyToOutbox<P extends z.ZodType>(
  db: DbExecutor,
  job: JobDefinition<P>,
  entries: OutboxEntry<P>[],
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map(({ payload, jobId, topic = job.name }) => {
    if (jobId.includes(':')) throw new Error(`job id must not contain ':' (${jobId})`);
    const parsed = job.payload.parse(payload) as Record<string, unknown>;
    return { queue: job.queue, topic, jobName: job.name, payload: parsed, jobId };
  });
  for (let start = 0; start < rows.length; start += BATCH) {
    await db.insert(outbox).values(rows.slice(start, start + BATCH));
  }
}
