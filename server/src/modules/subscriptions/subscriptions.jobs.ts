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
