import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  createLotAwardSchema,
  createLotBidSchema,
  lotAwardHeadersSchema,
  lotAwardResultSchema,
  lotBidListSchema,
  lotBidParams,
  lotBidSchema,
  lotDetailSchema,
  lotListQuerySchema,
  lotPageSchema,
  lotRebuildSchema,
} from '@zamena/shared/lots/lots.schemas';
import type { LotAwards } from './lots.awards';
import type { LotsService } from './lots.service';

type Options = { lots: LotsService; awards: LotAwards };

export const lotsRoutes: FastifyPluginAsyncZod<Options> = async (app, { lots, awards }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['lots'];

  app.get(
    '/lots',
    {
      schema: {
        tags,
        summary:
          'Lots, largest value first: published ones for enterprises, their region’s for verified centres, all for analysts',
        querystring: lotListQuerySchema,
        response: { 200: lotPageSchema },
      },
    },
    async (request) => lots.list(request.query, request.actor),
  );

  app.post(
    '/lots/rebuild',
    {
      schema: {
        tags,
        summary: 'Rebuild lots from the open needs (analysts); poll GET /lots/rebuilds/:id',
        response: { 202: lotRebuildSchema },
      },
    },
    async (request, reply) => {
      const rebuild = await lots.requestRebuild(request.actor);
      return reply.status(202).header('location', `/api/v1/lots/rebuilds/${rebuild.id}`).send(rebuild);
    },
  );

  app.get(
    '/lots/rebuilds/:id',
    {
      schema: {
        tags,
        summary: 'Progress and outcome of a lot rebuild (analysts)',
        params: idParams,
        response: { 200: lotRebuildSchema },
      },
    },
    async (request) => lots.getRebuild(request.params.id, request.actor),
  );

  app.get(
    '/lots/:id',
    {
      schema: {
        tags,
        summary: 'A lot with its pooled needs and the support measures that apply',
        params: idParams,
        response: { 200: lotDetailSchema },
      },
    },
    async (request) => lots.get(request.params.id, request.actor),
  );

  app.post(
    '/lots/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft lot for manufacturers to bid on (analysts); notifies the buyers',
        params: idParams,
        response: { 200: lotDetailSchema },
      },
    },
    async (request) => lots.publish(request.params.id, request.actor),
  );

  app.post(
    '/lots/:id/bids',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Bid on a published lot: the whole volume or a share (manufacturers)',
        params: idParams,
        body: createLotBidSchema,
        response: { 201: lotBidSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await lots.bid(request.params.id, request.body, request.actor)),
  );

  app.post(
    '/lots/:id/bids/:bidId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw your live bid on a published lot (you may bid again after)',
        params: lotBidParams,
        response: { 200: lotBidSchema },
      },
    },
    async (request) => lots.withdrawBid(request.params.id, request.params.bidId, request.actor),
  );

  app.get(
    '/lots/:id/bids',
    {
      schema: {
        tags,
        summary: 'Bids on a lot: all of them for analysts, a bidder’s own otherwise',
        params: idParams,
        response: { 200: lotBidListSchema },
      },
    },
    async (request) => lots.bids(request.params.id, request.actor),
  );

  app.post(
    '/lots/:id/awards',
    {
      schema: {
        tags,
        summary:
          'Award a published lot to one bid or split it between bids (analysts): one order per buyer share, ' +
          'needs filled earliest needed-by first. Idempotency-Key is required: a retry with the same key ' +
          'answers 201 with the same orders and `Idempotent-Replayed: true`',
        params: idParams,
        headers: lotAwardHeadersSchema,
        body: createLotAwardSchema,
        response: { 201: lotAwardResultSchema },
      },
    },
    async (request, reply) => {
      const { result, replayed } = await awards.award(
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
        request.actor,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result);
    },
  );
};
