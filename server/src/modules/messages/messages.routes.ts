import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  messageListQuerySchema,
  messagePageSchema,
  messageSchema,
  postMessageSchema,
  threadListSchema,
} from '@zamena/shared/messages/messages.schemas';
import type { MessagesService } from './messages.service';

type Options = { messages: MessagesService };

export const messagesRoutes: FastifyPluginAsyncZod<Options> = async (app, { messages }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['messages'];

  app.get(
    '/needs/:id/threads',
    {
      schema: {
        tags,
        summary: "A need's conversations: the buyer side and analysts see all, a supplier its own",
        params: idParams,
        response: { 200: threadListSchema },
      },
    },
    async (request) => messages.listThreads(request.params.id, request.actor),
  );

  app.get(
    '/threads/:id/messages',
    {
      schema: {
        tags,
        summary: 'Messages of a thread, oldest first (its two parties and analysts)',
        params: idParams,
        querystring: messageListQuerySchema,
        response: { 200: messagePageSchema },
      },
    },
    async (request) => messages.listMessages(request.params.id, request.query, request.actor),
  );

  app.post(
    '/needs/:id/messages',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Write about a need: a supplier in its own thread (created by its first message); ' +
          'the buyer side names the supplier with supplierOrganizationId',
        params: idParams,
        body: postMessageSchema,
        response: { 201: messageSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await messages.post(request.params.id, request.body, request.actor)),
  );
};
