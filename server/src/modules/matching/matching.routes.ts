import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  matchListSchema,
  matchPageSchema,
  matchQueueQuerySchema,
  matchReviewSchema,
  matchSchema,
} from '@zamena/shared/matching/matching.schemas';
import type { MatchingService } from './matching.service';

type Options = { matching: MatchingService };

export const matchingRoutes: FastifyPluginAsyncZod<Options> = async (app, { matching }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['matching'];

  app.get(
    '/needs/:id/matches',
    {
      schema: {
        tags,
        summary: 'Suppliers matched to a need, best first (buyer, posting centre, analysts)',
        params: idParams,
        response: { 200: matchListSchema },
      },
    },
    async (request) => matching.forNeed(request.params.id, request.actor),
  );

  app.get(
    '/capabilities/:id/matches',
    {
      schema: {
        tags,
        summary: 'Needs matched to a capability, best first (its manufacturer, analysts)',
        params: idParams,
        response: { 200: matchListSchema },
      },
    },
    async (request) => matching.forCapability(request.params.id, request.actor),
  );

  app.get(
    '/matches',
    {
      schema: {
        tags,
        summary:
          'Review queue: filters on the need; keyset pages (analysts; verified centres read their region)',
        querystring: matchQueueQuerySchema,
        response: { 200: matchPageSchema },
      },
    },
    async (request) => matching.queue(request.query, request.actor),
  );

  app.post(
    '/matches/:id/review',
    {
      schema: {
        tags,
        summary: 'Approve or dismiss a match (association analysts, admins); a dismissal needs a reason',
        params: idParams,
        body: matchReviewSchema,
        response: { 200: matchSchema },
      },
    },
    async (request) => matching.review(request.params.id, request.body, request.actor),
  );
};
