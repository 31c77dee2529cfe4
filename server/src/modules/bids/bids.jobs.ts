import { z } from 'zod';
import type { Db } from '../../db/client';
import { defineJob } from '../../queue/define-job';
import { recordAudit } from '../audit/audit.repo';
import { notifyOrganizations } from '../notifications/notify';
import { createBidsRepo } from './bids.repo';

/** Repeatable maintenance job; the worker runs `expireOverdueBids(db, new Date())`. */
export const expireBidsJob = defineJob({
  name: 'expire-bids',
  queue: 'maintenance',
  payload: z.object({}),
});

const EXPIRE_BATCH = 500;

/**
 * Submitted bids whose valid-until day (UTC) has passed become `expired`, each with its audit event
 * and a notice to the bidder, in the batch's transaction. SKIP LOCKED batches: two workers never
 * collide, and a bid being accepted right now is left to that acceptance. Returns how many expired.
 */
export async function expireOverdueBids(db: Db, now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  let total = 0;
  for (;;) {
    const expired = await db.transaction(async (tx) => {
      const rows = await createBidsRepo(tx).expireOverdue(today, EXPIRE_BATCH);
      for (const row of rows) {
        await recordAudit(tx, {
          actor: null,
          action: 'bid.expired',
          entityType: 'bid',
          entityId: row.id,
          before: { status: 'submitted' },
          after: { status: row.status, validUntil: row.validUntil },
        });
        await notifyOrganizations(tx, [row.bidderOrganizationId], {
          kind: 'bid.expired',
          payload: { bidId: row.id, needId: row.needId, validUntil: row.validUntil },
          dedupeKey: `bid-expired-${row.id}`,
        });
      }
      return rows.length;
    });
    total += expired;
    if (expired < EXPIRE_BATCH) return total;
  }
}
