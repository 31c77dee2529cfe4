import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  createSubscriptionSchema,
  subscriptionListSchema,
  subscriptionPreviewSchema,
  subscriptionSchema,
  unsubscribedSchema,
  unsubscribeSchema,
  updateSubscriptionSchema,
} from '@zamena/shared/subscriptions/subscriptions.schemas';
import type { SubscriptionsService } from './subscriptions.service';

type Options = { subscriptions: SubscriptionsService };
const tags = ['subscriptions'];

/** The signed link of a digest e-mail: no sign-in (its own plugin, outside the authenticate hook). */
export const unsubscribeRoutes: FastifyPluginAsyncZod<Options> = async (app, { subscriptions }) => {
  const schema = { tags, response: { 200: unsubscribedSchema } };
  app.get(
    '/subscriptions/unsubscribe',
    {
      schema: {
        ...schema,
        summary: "Turn a subscription's digest off by the e-mail's signed link (no sign-in)",
        querystring: unsubscribeSchema,
      },
    },
    async (request) => subscriptions.unsubscribe(request.query.token),
  );
  app.post(
    '/subscriptions/unsubscribe',
    {
      schema: {
        ...schema,
        summary: "Turn a subscription's digest off with the e-mail's signed token (no sign-in)",
        body: unsubscribeSchema,
      },
    },
    async (request) => subscriptions.unsubscribe(request.body.token),
  );
};

export const subscriptionsRoutes: FastifyPluginAsyncZod<Options> = async (app, { subscriptions }) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/subscriptions',
    {
      schema: {
        tags,
        summary: "My organization's subscriptions, oldest first",
        response: { 200: subscriptionListSchema },
      },
    },
    async (request) => subscriptions.list(request.actor),
  );

  app.post(
    '/subscriptions',
    {
      schema: {
        tags,
        summary: 'Follow OKPD2 classes, regions or federal districts, and words (daily digest by default)',
        body: createSubscriptionSchema,
        response: { 201: subscriptionSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await subscriptions.create(request.body, request.actor)),
  );

  app.get(
    '/subscriptions/:id',
    {
      schema: { tags, summary: 'One subscription', params: idParams, response: { 200: subscriptionSchema } },
    },
    async (request) => subscriptions.get(request.params.id, request.actor),
  );

  app.patch(
    '/subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'Change what a subscription follows, or its digest',
        params: idParams,
        body: updateSubscriptionSchema,
        response: { 200: subscriptionSchema },
      },
    },
    async (request) => subscriptions.update(request.params.id, request.body, request.actor),
  );

  app.delete(
    '/subscriptions/:id',
    { schema: { tags, summary: 'Stop following', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await subscriptions.remove(request.params.id, request.actor);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/subscriptions/:id/preview',
    {
      schema: {
        tags,
        summary: 'What the next digest holds: fitting needs and lots new since the last one (or 7 days)',
        params: idParams,
        response: { 200: subscriptionPreviewSchema },
      },
    },
    async (request) => subscriptions.preview(request.params.id, request.actor),
  );
};
