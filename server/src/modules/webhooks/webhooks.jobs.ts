import { z } from 'zod';
import { defineJob } from '../../queue/define-job';

/** POSTs one webhook delivery (a `webhook_deliveries` row); retried with the queue's exponential backoff. */
export const deliverWebhookJob = defineJob({
  name: 'deliver-webhook',
  queue: 'notifications',
  payload: z.object({ deliveryId: z.uuid() }),
});

export const deliverWebhookJobId = (deliveryId: string) => `deliver-webhook-${deliveryId}`;
