import { z } from 'zod';
import { defineJob } from '../../queue/define-job';

/** Delivers one notification by e-mail, webhook and live event (handler in the worker, with retries). */
export const deliverNotificationJob = defineJob({
  name: 'deliver-notification',
  queue: 'notifications',
  payload: z.object({ notificationId: z.uuid() }),
});

export const deliverNotificationJobId = (notificationId: string) => `deliver-notification-${notificationId}`;
