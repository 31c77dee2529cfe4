import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { itemsOf } from '@zamena/shared/common/common.schemas';
import {
  meSchema,
  updateMeSchema,
  userSearchItemSchema,
  userSearchQuerySchema,
} from '@zamena/shared/auth/auth.schemas';
import type { AccountService } from './account.service';

type Options = { account: AccountService };

export const accountRoutes: FastifyPluginAsyncZod<Options> = async (app, { account }) => {
  app.addHook('onRequest', app.authenticate);

  app.patch(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your name, language (e-mails follow it) or notification switches',
        body: updateMeSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => account.updateMe(request.actor, request.body),
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Find users by name or e-mail (association members, administrators)',
        querystring: userSearchQuerySchema,
        response: { 200: itemsOf(userSearchItemSchema) },
      },
    },
    async (request) => ({ items: await account.searchUsers(request.query, request.actor) }),
  );
};
