import { z } from 'zod';
import { paginated, text, uuid } from '../common/common.schemas';
import { notificationKindSchema } from './notification-preferences.schemas';

/** Where an organization receives signed webhooks; http(s) only. */
export const webhookSecretRequestSchema = z.object({
  url: text(10, 2000).pipe(
    z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// address' }),
  ),
});
export type WebhookSecretRequest = z.infer<typeof webhookSecretRequestSchema>;

/** The secret is shown once, here: the server keeps it only to sign deliveries. */
export const webhookSecretResponseSchema = z.object({
  organizationId: uuid,
  url: z.string(),
  active: z.boolean(),
  /** HMAC-SHA256 key: `X-Zamena-Signature: sha256=<hex of HMAC(secret, raw body)>`. */
  secret: z.string(),
  updatedAt: z.string(),
});
export type WebhookSecretResponse = z.infer<typeof webhookSecretResponseSchema>;

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

export const webhookDeliverySchema = z.object({
  id: uuid,
  eventKey: z.string(),
  url: z.string(),
  kind: z.string().nullable(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type WebhookDeliveryListQuery = z.infer<typeof webhookDeliveryListQuerySchema>;

export const webhookDeliveryPageSchema = paginated(webhookDeliverySchema);
export type WebhookDeliveryPage = z.infer<typeof webhookDeliveryPageSchema>;

/** The JSON body a receiver gets (signed as sent, byte for byte). */
export const webhookBodySchema = z.object({
  id: uuid,
  event: z.string(),
  kind: z.string(),
  organizationId: uuid,
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type WebhookBody = z.infer<typeof webhookBodySchema>;

/** The organization's webhook settings without the secret (shown once, when it is made). */
export const webhookSettingsSchema = z.object({
  endpoint: z.object({ url: z.string(), active: z.boolean(), updatedAt: z.string() }).nullable(),
  /** Kinds not sent by webhook; all are sent by default. */
  mutedKinds: z.array(notificationKindSchema),
});
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;

export const updateWebhookSettingsSchema = z.object({ mutedKinds: z.array(notificationKindSchema).max(100) });
export type UpdateWebhookSettings = z.infer<typeof updateWebhookSettingsSchema>;

export const webhookDeliveryParamsSchema = z.object({ id: uuid, deliveryId: uuid });
