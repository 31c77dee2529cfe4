import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  orderDetailSchema,
  orderListQuerySchema,
  orderPageSchema,
  orderTransitionSchema,
} from '@zamena/shared/orders/orders.schemas';
import {
  acceptDeliverySchema,
  deliveryParams,
  rateOrderSchema,
  recordDeliverySchema,
} from '@zamena/shared/orders/order-deliveries.schemas';
import type { OrdersService } from './orders.service';

type Options = { orders: OrdersService };

export const ordersRoutes: FastifyPluginAsyncZod<Options> = async (app, { orders }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['orders'];

  app.get(
    '/orders',
    {
      schema: {
        tags,
        summary: 'Orders the caller is a party to (buyer, supplier, posting centre); analysts see all',
        querystring: orderListQuerySchema,
        response: { 200: orderPageSchema },
      },
    },
    async (request) => orders.list(request.query, request.actor),
  );

  app.get(
    '/orders/:id',
    {
      schema: {
        tags,
        summary: 'An order with both sides’ contacts and its timeline',
        params: idParams,
        response: { 200: orderDetailSchema },
      },
    },
    async (request) => orders.get(request.params.id, request.actor),
  );

  app.post(
    '/orders/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Move an order: supplier → in_production, shipped; buyer side → delivered, completed; ' +
          'either side → cancelled (before shipping) or disputed (after), with a reason',
        params: idParams,
        body: orderTransitionSchema,
        response: { 200: orderDetailSchema },
      },
    },
    async (request) => orders.transition(request.params.id, request.body, request.actor),
  );

  app.post(
    '/orders/:id/deliveries',
    {
      schema: {
        tags,
        summary:
          'The supplier records a shipment; the first one moves the order to shipped. ' +
          'More than remains to ship: 409 delivery_exceeds_order naming quantity',
        params: idParams,
        body: recordDeliverySchema,
        response: { 201: orderDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await orders.recordDelivery(request.params.id, request.body, request.actor)),
  );

  app.post(
    '/orders/:id/deliveries/:deliveryId/accept',
    {
      schema: {
        tags,
        summary:
          'The buyer side accepts what arrived (at most what was shipped); the order is delivered, ' +
          'and completed once the accepted quantities add up to its quantity',
        params: deliveryParams,
        body: acceptDeliverySchema,
        response: { 200: orderDetailSchema },
      },
    },
    async (request) =>
      orders.acceptDelivery(request.params.id, request.params.deliveryId, request.body, request.actor),
  );

  app.post(
    '/orders/:id/rating',
    {
      schema: {
        tags,
        summary: 'The buyer side rates the supplier once per completed order (1–5 each)',
        params: idParams,
        body: rateOrderSchema,
        response: { 201: orderDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await orders.rate(request.params.id, request.body, request.actor)),
  );
};
