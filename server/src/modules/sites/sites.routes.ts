import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  createSiteSchema,
  declareResidencySchema,
  residencyDecisionSchema,
  residencyListSchema,
  residencyQueueQuerySchema,
  residencySchema,
  siteListQuerySchema,
  siteListSchema,
  siteSchema,
  updateSiteSchema,
} from '@zamena/shared/sites/sites.schemas';
import type { Residencies } from './sites.residencies';
import type { SitesService } from './sites.service';

type Options = { sites: SitesService; residencies: Residencies };

export const sitesRoutes: FastifyPluginAsyncZod<Options> = async (app, { sites, residencies }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['sites'];

  app.get(
    '/sites',
    {
      schema: {
        tags,
        summary: 'Special economic zones, technoparks, industrial parks and clusters',
        querystring: siteListQuerySchema,
        response: { 200: siteListSchema },
      },
    },
    async (request) => sites.list(request.query, request.actor),
  );

  app.get(
    '/sites/:id',
    { schema: { tags, params: idParams, response: { 200: siteSchema } } },
    async (request) => sites.get(request.params.id, request.actor),
  );

  app.post(
    '/sites',
    {
      schema: {
        tags,
        summary: 'Add a site (the association)',
        body: createSiteSchema,
        response: { 201: siteSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await sites.create(request.body, request.actor)),
  );

  app.patch(
    '/sites/:id',
    {
      schema: {
        tags,
        summary: 'Change or deactivate a site (the association)',
        params: idParams,
        body: updateSiteSchema,
        response: { 200: siteSchema },
      },
    },
    async (request) => sites.update(request.params.id, request.body, request.actor),
  );

  app.get(
    '/organizations/:id/residencies',
    {
      schema: {
        tags,
        summary: "An organization's residencies in sites (verified ones for other organizations)",
        params: idParams,
        response: { 200: residencyListSchema },
      },
    },
    async (request) => residencies.ofOrganization(request.params.id, request.actor),
  );

  app.post(
    '/residencies',
    {
      schema: {
        tags,
        summary: "Declare the organization's residency in a site (its owner)",
        body: declareResidencySchema,
        response: { 201: residencySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await residencies.declare(request.body, request.actor)),
  );

  app.delete(
    '/residencies/:id',
    { schema: { tags, summary: 'Withdraw a residency (its owner)', params: idParams } },
    async (request, reply) => {
      await residencies.withdraw(request.params.id, request.actor);
      return reply.status(204).send();
    },
  );

  app.get(
    '/residencies',
    {
      schema: {
        tags,
        summary: "The association's residency queue",
        querystring: residencyQueueQuerySchema,
        response: { 200: residencyListSchema },
      },
    },
    async (request) => residencies.queue(request.query, request.actor),
  );

  app.post(
    '/residencies/:id/decision',
    {
      schema: {
        tags,
        summary: 'Verify or refuse a residency (the association)',
        params: idParams,
        body: residencyDecisionSchema,
        response: { 200: residencySchema },
      },
    },
    async (request) => residencies.decide(request.params.id, request.body, request.actor),
  );
};
