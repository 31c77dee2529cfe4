import { inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { notifications, users } from '../../db/schema';
import { addToOutbox } from '../../queue/outbox';
import { deliverNotificationJob, deliverNotificationJobId } from './notifications.jobs';

export type NotificationEvent = {
  /** e.g. `need.matched`, `capability.matched`, `bid.accepted`; the web client translates it. */
  kind: string;
  /** Ids and short facts only (titles, counts); no contacts or other personal data. */
  payload: Record<string, unknown>;
  /** Identifies the event: the same key never notifies the same user twice (retries, replays). */
  dedupeKey: string;
};

/**
 * Notifies every member of the given organizations, in the caller's transaction: one row per user per
 * event (a unique key makes a repeat a no-op) and, for each new row, a delivery job through the outbox.
 * Returns how many notifications were created.
 */
export async function notifyOrganizations(
  tx: DbExecutor,
  organizationIds: string[],
  event: NotificationEvent,
): Promise<number> {
  if (organizationIds.length === 0) return 0;
  const recipients = await tx
    .select({ userId: users.id, organizationId: users.organizationId })
    .from(users)
    .where(inArray(users.organizationId, [...new Set(organizationIds)]));
  if (recipients.length === 0) return 0;
  const created = await tx
    .insert(notifications)
    .values(
      recipients.map((r) => ({ ...r, kind: event.kind, payload: event.payload, dedupeKey: event.dedupeKey })),
    )
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  for (const { id } of created) {
    await addToOutbox(
      tx,
      deliverNotificationJob,
      { notificationId: id },
      deliverNotificationJobId(id),
      event.kind,
    );
  }
  return created.length;
}
