import { z } from 'zod';
import { defineJob } from '../../queue/define-job';

/** The daily digest of every member's subscriptions (handler: digest-mail.ts, in the worker). */
export const sendDigestsJob = defineJob({
  name: 'send-subscription-digests',
  queue: 'maintenance',
  payload: z.object({}),
});

/** 06:00 UTC, 09:00 in Moscow: the digest is there when the working day starts. */
export const SEND_DIGESTS_SCHEDULE = '0 6 * * *';

/** In-app alerts of new needs and lots that fit a subscription (handler: subscriptions.alerts.ts). */
export const alertSubscribersJob = defineJob({
  name: 'alert-subscribers',
  queue: 'maintenance',
  payload: z.object({}),
});

/** Every five minutes: alerts follow publication closely without a hook in the needs module. */
export const ALERT_SUBSCRIBERS_SCHEDULE = '*/5 * * * *';
