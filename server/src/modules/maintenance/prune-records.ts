import { and, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { idempotencyKeys, lotRebuilds } from '../../db/schema';
import { defineJob } from '../../queue/define-job';

/** Repeatable maintenance job (daily); the worker runs `pruneRecords(db, new Date())`. */
export const pruneRecordsJob = defineJob({
  name: 'prune-records',
  queue: 'maintenance',
  payload: z.object({}),
});

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long records that only serve a short while are kept: an Idempotency-Key answers its retries for a
 * week (clients retry within minutes; after that the same key runs the request again), a finished lot
 * rebuild stays pollable for a month. Rebuilds still queued or running are never removed.
 */
export const RETENTION_DAYS = { idempotencyKeys: 7, lotRebuilds: 30 } as const;

export async function pruneRecords(db: Db, now: Date) {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return db.transaction(async (tx) => {
    const keys = await tx
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, before(RETENTION_DAYS.idempotencyKeys)))
      .returning({ key: idempotencyKeys.key });
    const rebuilds = await tx
      .delete(lotRebuilds)
      .where(
        and(
          lt(lotRebuilds.createdAt, before(RETENTION_DAYS.lotRebuilds)),
          inArray(lotRebuilds.status, ['succeeded', 'failed']),
        ),
      )
      .returning({ id: lotRebuilds.id });
    return { idempotencyKeys: keys.length, lotRebuilds: rebuilds.length };
  });
}
