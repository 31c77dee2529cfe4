import type { NotificationContent } from '@zamena/shared/notifications/notification-kinds.schemas';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { notifications, outbox, users } from '../../db/schema';
import { deliverNotificationsJob, deliverNotificationsJobId, NOTIFICATION_BATCH } from './notifications.jobs';

/** A kind with its payload as the shared contract has it (the e-mails and the client read them so). */
export type NotificationEvent = NotificationContent & {
  /** Identifies the event: the same key never notifies the same user twice (retries, replays). */
  dedupeKey: string;
};

/** `userId`: only this member of the (single) organization, not every member (an import's uploader). */
export type AddressedEvent = { organizationIds: string[]; userId?: string; event: NotificationEvent };

/**
 * Notifies every member of the given organizations, in the caller's transaction: one row per user per
 * event (a unique key makes a repeat a no-op) and the new rows' delivery job through the outbox.
 * Returns how many notifications were created.
 */
export function notifyOrganizations(
  tx: DbExecutor,
  organizationIds: string[],
  event: NotificationEvent,
): Promise<number> {
  return notifyMany(tx, [{ organizationIds, event }]);
}

/** Notifies one member of an organization (the same rules otherwise). */
export function notifyUser(
  tx: DbExecutor,
  { userId, organizationId }: { userId: string; organizationId: string },
  event: NotificationEvent,
): Promise<number> {
  return notifyMany(tx, [{ organizationIds: [organizationId], userId, event }]);
}

/**
 * Several events at once (a matching run tells the buyer and each new manufacturer): the same rules
 * as `notifyOrganizations`, in one statement whatever the number of events and members: members are
 * looked up, rows inserted (repeats skipped by the unique key), and delivery jobs for the new rows
 * written to the outbox, one per batch of up to NOTIFICATION_BATCH (the outbox's trigger wakes the relay).
 */
export async function notifyMany(tx: DbExecutor, events: AddressedEvent[]): Promise<number> {
  let created = 0;
  for (const count of (await notifyManyByKey(tx, events)).values()) created += count;
  return created;
}

/** `notifyMany`, telling how many notifications each event (by its dedupe key) created. */
export async function notifyManyByKey(
  tx: DbExecutor,
  events: AddressedEvent[],
): Promise<Map<string, number>> {
  const rows = events.flatMap(({ organizationIds, userId, event }) =>
    [...new Set(organizationIds)].map((organizationId) => ({
      organization_id: organizationId,
      user_id: userId ?? null,
      kind: event.kind,
      payload: event.payload,
      dedupe_key: event.dedupeKey,
    })),
  );
  if (rows.length === 0) return new Map();
  const job = deliverNotificationsJob;
  const result = await tx.execute(sql`
    WITH events AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS e(organization_id uuid, user_id uuid, kind text, payload jsonb, dedupe_key text)
    ), created AS (
      INSERT INTO ${notifications} (user_id, organization_id, kind, payload, dedupe_key, read_at)
      SELECT u.id, e.organization_id, e.kind, e.payload, e.dedupe_key,
        -- In-app switched off: kept (e-mail and webhook are sent from it) but born read, never live.
        CASE WHEN u.notification_preferences -> e.kind ->> 'inApp' = 'false' THEN now() END
      FROM events e JOIN ${users} u ON u.organization_id = e.organization_id AND (e.user_id IS NULL OR u.id = e.user_id)
        AND u.removed_at IS NULL AND u.disabled_at IS NULL
      ON CONFLICT (user_id, dedupe_key) DO NOTHING
      RETURNING id, kind, dedupe_key
    ), batched AS (
      SELECT id, kind, (row_number() OVER (ORDER BY id) - 1) / ${NOTIFICATION_BATCH} AS batch FROM created
    ), queued AS (
      INSERT INTO ${outbox} (queue, topic, job_name, payload, job_id)
      SELECT ${job.queue},
        CASE WHEN count(DISTINCT kind) = 1 THEN min(kind) ELSE 'notifications' END,
        ${job.name},
        jsonb_build_object('notificationIds', jsonb_agg(id ORDER BY id)),
        ${deliverNotificationsJobId('')} || min(id::text)
      FROM batched GROUP BY batch
      RETURNING id
    )
    SELECT dedupe_key, count(*)::int AS created FROM created GROUP BY dedupe_key`);
  const counts = result.rows as { dedupe_key: string; created: number }[];
  return new Map(counts.map((row) => [row.dedupe_key, Number(row.created)]));
}
