import { z } from 'zod';
import { defineJob } from '../../queue/define-job';

/**
 * E-mails a "forgot password" link (handler: password-reset-mail.ts, in the worker). The payload is the
 * reset's id only: the worker derives the link's token from it with the shared secret.
 */
export const sendPasswordResetJob = defineJob({
  name: 'send-password-reset',
  queue: 'notifications',
  payload: z.object({ resetId: z.uuid() }),
});

export const sendPasswordResetJobId = (resetId: string) => `send-password-reset-${resetId}`;
