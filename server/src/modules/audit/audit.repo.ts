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

const toRow = (entry: AuditEntry) => ({
  actorUserId: entry.actor?.userId ?? null,
  actorOrganizationId: entry.actor?.organizationId ?? null,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: entry.before ?? null,
  after: entry.after ?? null,
});

/** Writes one audit event; called inside the transaction that makes the change it records. */
export async function recordAudit(db: DbExecutor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values(toRow(entry));
}

/** Rows per INSERT: seven parameters each, well under PostgreSQL's 65,535. */
const BATCH = 1000;

/** Writes many audit events (an import) in a few statements, in the caller's transaction. */
export async function recordAudits(db: DbExecutor, entries: AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += BATCH) {
    await db.insert(auditEvents).values(entries.slice(start, start + BATCH).map(toRow));
  }
}
