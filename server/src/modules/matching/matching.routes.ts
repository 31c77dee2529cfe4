import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  matchFeedbackQuerySchema,
  matchFeedbackSchema,
  matchFeedbackSubjectSchema,
  matchListSchema,
  matchPageSchema,
  matchQueueQuerySchema,
  matchReviewSchema,
  matchSchema,
  needMatchListSchema,
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
        summary:
          'Suppliers matched to a need, best first: strong ones (alerted) and possible ones; noDomesticSupplier when none is strong (buyer, posting centre, analysts)',
        params: idParams,
        response: { 200: needMatchListSchema },
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

/**
 * `POST /matches/:id/feedback`: the manufacturer's "not our product", signed in or with the signed token
 * of the alert e-mail in the body (so this route authenticates only when no token is given).
 */
export const matchFeedbackRoutes: FastifyPluginAsyncZod<Options> = async (app, { matching }) => {
  app.get(
    '/matches/:id/feedback',
    {
      schema: {
        tags: ['matching'],
        summary: 'Which alert a signed "not our product" link is about (no sign-in: the token)',
        params: idParams,
        querystring: matchFeedbackQuerySchema,
        response: { 200: matchFeedbackSubjectSchema },
      },
    },
    async (request) => matching.feedbackSubject(request.params.id, request.query.token),
  );

  app.post(
    '/matches/:id/feedback',
    {
      schema: {
        tags: ['matching'],
        summary:
          "A manufacturer's answer to an alert: not our product (its members, signed in or by the e-mail's signed link)",
        params: idParams,
        body: matchFeedbackSchema,
        response: { 200: matchSchema },
      },
    },
    async (request) => {
      if (!request.body.token) await app.authenticate(request);
      return matching.feedback(request.params.id, request.body, request.body.token ? null : request.actor);
    },
  );
};
