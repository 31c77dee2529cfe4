import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  updateWebhookSettingsSchema,
  webhookDeliveryParamsSchema,
  webhookDeliverySchema,
  webhookSettingsSchema,
  webhookDeliveryListQuerySchema,
  webhookDeliveryPageSchema,
  webhookSecretRequestSchema,
  webhookSecretResponseSchema,
} from '@zamena/shared/notifications/webhooks.schemas';
import type { WebhooksService } from './webhooks.service';

type Options = { webhooks: WebhooksService };

export const webhooksRoutes: FastifyPluginAsyncZod<Options> = async (app, { webhooks }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['webhooks'];

  app.post(
    '/organizations/:id/webhook-secret',
    {
      schema: {
        tags,
        summary: 'Set the webhook URL and get a new signing secret, shown once (owner, admin)',
        params: idParams,
        body: webhookSecretRequestSchema,
        response: { 200: webhookSecretResponseSchema },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await webhooks.setEndpoint(request.params.id, request.body, request.actor)),
  );

  app.get(
    '/organizations/:id/webhook',
    {
      schema: {
        tags,
        summary: 'The webhook URL (never the secret) and the kinds not sent (owner, admin)',
        params: idParams,
        response: { 200: webhookSettingsSchema },
      },
    },
    async (request) => webhooks.settings(request.params.id, request.actor),
  );

  app.patch(
    '/organizations/:id/webhook',
    {
      schema: {
        tags,
        summary: 'Choose the notification kinds not sent by webhook (owner, admin)',
        params: idParams,
        body: updateWebhookSettingsSchema,
        response: { 200: webhookSettingsSchema },
      },
    },
    async (request) => webhooks.updateSettings(request.params.id, request.body, request.actor),
  );

  app.post(
    '/organizations/:id/webhook-test',
    {
      schema: {
        tags,
        summary: 'Send a signed `webhook.test` event to the current URL (owner, admin)',
        params: idParams,
        response: { 202: webhookDeliverySchema },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await webhooks.sendTest(request.params.id, request.actor)),
  );

  app.post(
    '/organizations/:id/webhook-deliveries/:deliveryId/retry',
    {
      schema: {
        tags,
        summary: 'Send a failed delivery again (owner, admin)',
        params: webhookDeliveryParamsSchema,
        response: { 202: webhookDeliverySchema },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await webhooks.retry(request.params.id, request.params.deliveryId, request.actor)),
  );

  app.get(
    '/organizations/:id/webhook-deliveries',
    {
      schema: {
        tags,
        summary: 'The webhook delivery log, newest first (owner, admin)',
        params: idParams,
        querystring: webhookDeliveryListQuerySchema,
        response: { 200: webhookDeliveryPageSchema },
      },
    },
    async (request) => webhooks.deliveries(request.params.id, request.query, request.actor),
  );
};
