import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbExecutor } from '../db/client';
import { outbox } from '../db/schema';
import type { JobDefinition } from './define-job';

/**
 * Writes an outbox row in the caller's transaction; the worker's relay turns it into a BullMQ job.
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
  if (jobId.includes(':')) throw new Error(`job id must not contain ':' (${jobId})`);
  const parsed = job.payload.parse(payload) as Record<string, unknown>;
  await db.insert(outbox).values({ queue: job.queue, topic, jobName: job.name, payload: parsed, jobId });
  await db.execute(sql`SELECT pg_notify('outbox', '')`);
}
