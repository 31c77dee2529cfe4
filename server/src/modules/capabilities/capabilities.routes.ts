import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  capabilityListQuerySchema,
  capabilityPageSchema,
  capabilitySchema,
  createCapabilitySchema,
  updateCapabilitySchema,
} from '@zamena/shared/capabilities/capabilities.schemas';
import { idParams } from '@zamena/shared/common/common.schemas';
import { parseIfMatch, requireIfMatch, setETag } from '../../http/versioning';
import type { CapabilitiesService } from './capabilities.service';

type Options = { capabilities: CapabilitiesService };

/** Documents If-Match; other headers pass through untouched. */
const ifMatchHeaders = z.looseObject({
  'if-match': z.string().optional().describe('The ETag (version) you read, such as "3"'),
});

export const capabilitiesRoutes: FastifyPluginAsyncZod<Options> = async (app, { capabilities }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['capabilities'];

  app.get(
    '/capabilities',
    {
      schema: {
        tags,
        summary: 'Search capabilities: words, analogues, OKPD2 prefix, delivery region or district',
        querystring: capabilityListQuerySchema,
        response: { 200: capabilityPageSchema },
      },
    },
    async (request) => capabilities.list(request.query, request.actor),
  );

  app.post(
    '/capabilities',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Publish a production capability (enterprises)',
        body: createCapabilitySchema,
        response: { 201: capabilitySchema },
      },
    },
    async (request, reply) => {
      const capability = await capabilities.create(request.body, request.actor);
      return setETag(reply, capability.version).status(201).send(capability);
    },
  );

  app.get(
    '/capabilities/:id',
    { schema: { tags, params: idParams, response: { 200: capabilitySchema } } },
    async (request, reply) => {
      const capability = await capabilities.get(request.params.id, request.actor);
      return setETag(reply, capability.version).send(capability);
    },
  );

  app.patch(
    '/capabilities/:id',
    {
      schema: {
        tags,
        summary: 'Change a capability (If-Match required: 428 without it, 412 when stale)',
        params: idParams,
        headers: ifMatchHeaders,
        body: updateCapabilitySchema,
        response: { 200: capabilitySchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request.headers['if-match']);
      const capability = await capabilities.update(request.params.id, request.body, version, request.actor);
      return setETag(reply, capability.version).send(capability);
    },
  );

  app.delete(
    '/capabilities/:id',
    {
      schema: {
        tags,
        summary: 'Deactivate a capability (kept for its matches and bids; PATCH active=true restores it)',
        params: idParams,
        headers: ifMatchHeaders,
        response: { 200: capabilitySchema },
      },
    },
    async (request, reply) => {
      const version = parseIfMatch(request.headers['if-match']);
      const capability = await capabilities.deactivate(request.params.id, request.actor, version);
      return setETag(reply, capability.version).send(capability);
    },
  );
};
