import { z } from 'zod';
import type { Db } from '../../db/client';
import { defineJob } from '../../queue/define-job';
import { addToOutbox } from '../../queue/outbox';
import { recordAudit } from '../audit/audit.repo';
import { createNeedsRepo } from './needs.repo';

/** Matches one version of a need against capabilities (handler: the matching module, in the worker). */
export const matchNeedJob = defineJob({
  name: 'match-need',
  queue: 'matching',
  payload: z.object({ needId: z.uuid(), version: z.number().int().positive() }),
});

/** One job per need version: a replayed outbox row or a second relay adds nothing (DESIGN.md §4). */
export const matchNeedJobId = (needId: string, version: number) => `match-need-${needId}-v${version}`;

export const NEED_TOPICS = {
  published: 'need.published',
  changed: 'need.changed',
  cancelled: 'need.cancelled',
} as const;

/** Repeatable maintenance job; the worker runs `expireOverdueNeeds(db, new Date())`. */
export const expireNeedsJob = defineJob({
  name: 'expire-needs',
  queue: 'maintenance',
  payload: z.object({}),
});

const EXPIRE_BATCH = 500;

/**
 * Open needs whose needed-by date (UTC) has passed become `expired`, each with its audit event and
 * outbox row in the batch's transaction. Batches lock with SKIP LOCKED, so two workers never collide
 * and a long backlog never holds one huge transaction. Returns how many needs expired.
 */
export async function expireOverdueNeeds(db: Db, now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  let total = 0;
  for (;;) {
    const expired = await db.transaction(async (tx) => {
      const rows = await createNeedsRepo(tx).expireOverdue(today, EXPIRE_BATCH);
      for (const row of rows) {
        await recordAudit(tx, {
          actor: null,
          action: 'need.expired',
          entityType: 'need',
          entityId: row.id,
          before: { status: 'open', version: row.version - 1 },
          after: { status: row.status, version: row.version, neededBy: row.neededBy },
        });
        await addToOutbox(
          tx,
          matchNeedJob,
          { needId: row.id, version: row.version },
          matchNeedJobId(row.id, row.version),
          NEED_TOPICS.changed,
        );
      }
      return rows.length;
    });
    total += expired;
    if (expired < EXPIRE_BATCH) return total;
  }
}
