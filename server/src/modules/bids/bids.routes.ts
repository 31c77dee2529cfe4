import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptBidHeadersSchema,
  acceptBidSchema,
  bidDetailSchema,
  bidListQuerySchema,
  bidPageSchema,
  bidSchema,
  createBidSchema,
  needBidsQuerySchema,
  needBidsSchema,
  rejectBidSchema,
  updateBidSchema,
} from '@zamena/shared/bids/bids.schemas';
import { idParams } from '@zamena/shared/common/common.schemas';
import { orderSchema } from '@zamena/shared/orders/orders.schemas';
import { parseIfMatch, setETag } from '../../http/versioning';
import type { BidAcceptance } from './bids.accept';
import type { BidsService } from './bids.service';

type Options = { bids: BidsService; acceptance: BidAcceptance };

/** Documents If-Match (the bid revision); other headers pass through untouched. */
const ifMatchHeaders = z.looseObject({
  'if-match': z.string().optional().describe('The bid revision you read, such as "2"'),
});

export const bidsRoutes: FastifyPluginAsyncZod<Options> = async (app, { bids, acceptance }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['bids'];

  app.post(
    '/needs/:id/bids',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Bid on an open need (manufacturing enterprises, not on their own need). 201: a new bid; ' +
          '200: your live bid on this need was revised (the previous revision is kept)',
        params: idParams,
        body: createBidSchema,
        response: { 200: bidSchema, 201: bidSchema },
      },
    },
    async (request, reply) => {
      const { bid, revised } = await bids.submit(request.params.id, request.body, request.actor);
      return setETag(reply, bid.revision)
        .status(revised ? 200 : 201)
        .send(bid);
    },
  );

  app.get(
    '/needs/:id/bids',
    {
      schema: {
        tags,
        summary:
          'Bids on a need side by side (price, total, slack, distance, verification, PP 719, match score): ' +
          'the buyer side and analysts see all, a bidder its own',
        params: idParams,
        querystring: needBidsQuerySchema,
        response: { 200: needBidsSchema },
      },
    },
    async (request) => bids.listForNeed(request.params.id, request.query, request.actor),
  );

  app.get(
    '/bids',
    {
      schema: {
        tags,
        summary: "The organization's bids with their needs (mine=1); analysts without `mine` see all",
        querystring: bidListQuerySchema,
        response: { 200: bidPageSchema },
      },
    },
    async (request) => bids.list(request.query, request.actor),
  );

  app.get(
    '/bids/:id',
    { schema: { tags, params: idParams, response: { 200: bidDetailSchema } } },
    async (request, reply) => {
      const bid = await bids.get(request.params.id, request.actor);
      return setETag(reply, bid.revision).send(bid);
    },
  );

  app.patch(
    '/bids/:id',
    {
      schema: {
        tags,
        summary: 'Revise a submitted bid (the bidder); If-Match with the revision is checked when sent',
        params: idParams,
        headers: ifMatchHeaders,
        body: updateBidSchema,
        response: { 200: bidSchema },
      },
    },
    async (request, reply) => {
      const revision = parseIfMatch(request.headers['if-match']);
      const bid = await bids.revise(request.params.id, request.body, revision, request.actor);
      return setETag(reply, bid.revision).send(bid);
    },
  );

  app.post(
    '/bids/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a submitted bid (the bidder)',
        params: idParams,
        response: { 200: bidSchema },
      },
    },
    async (request) => bids.withdraw(request.params.id, request.actor),
  );

  app.post(
    '/bids/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a submitted bid with a reason (the buyer or the posting centre)',
        params: idParams,
        body: rejectBidSchema,
        response: { 200: bidSchema },
      },
    },
    async (request) => bids.reject(request.params.id, request.body, request.actor),
  );

  app.post(
    '/bids/:id/accept',
    {
      schema: {
        tags,
        summary:
          'Accept a bid: creates the order and freezes the selection protocol (the comparison now, the ' +
          'winner and the optional `reason`; the order carries `protocolId`), by the buyer or the posting ' +
          'centre. Idempotency-Key is required: a retry with the same key answers 201 with the same order ' +
          'and `Idempotent-Replayed: true`',
        params: idParams,
        headers: acceptBidHeadersSchema,
        // No body at all (null to Fastify) is an acceptance without a reason.
        body: acceptBidSchema.nullish(),
        response: { 201: orderSchema },
      },
    },
    async (request, reply) => {
      const revision = parseIfMatch(request.headers['if-match']);
      const { order, replayed } = await acceptance.accept(
        request.params.id,
        request.headers['idempotency-key'],
        revision,
        request.actor,
        request.body?.reason ?? '',
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(order);
    },
  );
};
