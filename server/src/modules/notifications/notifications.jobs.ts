import { z } from 'zod';
import { defineJob } from '../../queue/define-job';

/** Notifications per delivery job at most (larger batches become several jobs). */
export const NOTIFICATION_BATCH = 500;

/** Delivers one notification by e-mail, webhook and live event (handler in the worker, with retries). */
export const deliverNotificationJob = defineJob({
  name: 'deliver-notification',
  queue: 'notifications',
  payload: z.object({ notificationId: z.uuid() }),
});

export const deliverNotificationJobId = (notificationId: string) => `deliver-notification-${notificationId}`;

/**
 * Delivers the notifications one event batch created (a matching run: the buyer and every newly
 * matched manufacturer), in one job: a run that notifies twenty parties is one job, not twenty.
 */
export const deliverNotificationsJob = defineJob({
  name: 'deliver-notifications',
  queue: 'notifications',
  payload: z.object({ notificationIds: z.array(z.uuid()).min(1).max(NOTIFICATION_BATCH) }),
});

/** Named after the batch's first notification id, so a replayed outbox row adds nothing. */
export const deliverNotificationsJobId = (firstNotificationId: string) =>
  `deliver-notifications-${firstNotificationId}`;
