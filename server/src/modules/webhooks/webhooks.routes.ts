import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
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
