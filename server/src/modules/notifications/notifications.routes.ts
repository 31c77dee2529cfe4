import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  markReadResultSchema,
  markReadSchema,
  notificationListQuerySchema,
  notificationPageSchema,
} from '@zamena/shared/notifications/notifications.schemas';
import type { NotificationsService } from './notifications.service';

type Options = { notifications: NotificationsService };

export const notificationsRoutes: FastifyPluginAsyncZod<Options> = async (app, { notifications }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (request) => notifications.list(request.query, request.actor),
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark notifications read: `{ ids }` or `{ all: true }`',
        body: markReadSchema,
        response: { 200: markReadResultSchema },
      },
    },
    async (request) => notifications.markRead(request.body, request.actor),
  );
};
