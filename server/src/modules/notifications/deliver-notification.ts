import { channelEnabled } from '@zamena/shared/notifications/notification-preferences.schemas';
import type { Redis } from 'ioredis';
import type { Db } from '../../db/client';
import { handle } from '../../queue/worker-runtime';
import { type LiveEvent, publishLiveEvents } from '../events/live-events';
import type { WebhookDispatcher } from '../webhooks/webhook-dispatcher';
import { renderEmail } from './email-templates';
import type { Mailer } from './mailer';
import { deliverNotificationJob, deliverNotificationsJob } from './notifications.jobs';
import { createNotificationsRepo } from './notifications.repo';
import { toNotification } from './notifications.service';

type Deps = {
  db: Db;
  /** Publishes live events (any connection profile that may PUBLISH). */
  redis: Pick<Redis, 'pipeline'>;
  prefix: string;
  publicUrl: string;
  /** Absent without `SMTP_URL`: no e-mail. */
  mailer?: Mailer;
  /** The signed "not our product" address of a match for a user (alert e-mails carry it). */
  feedbackLink?: (matchId: string, userId: string) => string;
  webhooks: Pick<WebhookDispatcher, 'queueMany'>;
};

export type DeliveryReport = { notifications: number; emailed: number; webhooksQueued: number; live: number };

/**
 * Delivers notifications by their three channels, each guarded against repeats so a retried job
 * sends nothing twice: a webhook delivery is unique per organization and event, `emailed_at` is set
 * right after SMTP accepted the message, and live events go last (a client that sees one twice after
 * a crash recognises it by its id).
 */
export function createNotificationDelivery({
  db,
  redis,
  prefix,
  publicUrl,
  mailer,
  webhooks,
  feedbackLink,
}: Deps) {
  const repo = createNotificationsRepo(db);

  return async function deliver(notificationIds: string[]): Promise<DeliveryReport> {
    const batch = await repo.forDelivery(notificationIds);
    const webhooksQueued = await webhooks.queueMany(
      batch
        .filter((facts) => !facts.webhookMutedKinds.includes(facts.kind))
        .map((facts) => ({
          organizationId: facts.organizationId,
          eventKey: facts.dedupeKey,
          kind: facts.kind,
          payload: facts.payload,
          createdAt: facts.createdAt,
        })),
    );
    let emailed = 0;
    const live: { userId: string; event: LiveEvent }[] = [];
    for (const facts of batch) {
      const notification = toNotification(facts);
      if (!notification) continue;
      const switches = facts.notificationPreferences;
      if (channelEnabled(switches, facts.kind, 'inApp')) {
        live.push({ userId: facts.userId, event: { type: 'notification', notification } });
      }
      if (!mailer || facts.emailedAt || !channelEnabled(switches, facts.kind, 'email')) continue;
      const matchId = notification.kind === 'capability.need_fits' ? notification.payload.matchId : undefined;
      const feedback = matchId && feedbackLink ? feedbackLink(matchId, facts.userId) : undefined;
      await mailer.send(facts.email, renderEmail(notification, facts, publicUrl, feedback));
      await repo.markEmailed(facts.id);
      emailed += 1;
    }
    const received = await publishLiveEvents(redis, prefix, live);
    return { notifications: batch.length, emailed, webhooksQueued, live: received };
  };
}

export const notificationJobHandlers = (deps: Deps) => {
  const deliver = createNotificationDelivery(deps);
  return [
    handle(deliverNotificationsJob, ({ notificationIds }) => deliver(notificationIds)),
    // Jobs of one notification, as outbox rows written before batches existed still name them.
    handle(deliverNotificationJob, ({ notificationId }) => deliver([notificationId])),
  ];
};
