import type { DbExecutor } from '../../db/client';
import { auditEvents } from '../../db/schema';
import type { Actor } from '../../lib/actor';

export type AuditEntry = {
  actor: Pick<Actor, 'userId' | 'organizationId'> | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit event; called inside the transaction that makes the change it records. */
export async function recordAudit(db: DbExecutor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: entry.actor?.userId ?? null,
    actorOrganizationId: entry.actor?.organizationId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
