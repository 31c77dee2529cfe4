import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  applicableSupportMeasuresQuerySchema,
  createSupportMeasureSchema,
  supportMeasureListQuerySchema,
  supportMeasureListSchema,
  supportMeasureSchema,
  updateSupportMeasureSchema,
} from '@zamena/shared/support-measures/support-measures.schemas';
import type { SupportMeasuresService } from './support-measures.service';

type Options = { supportMeasures: SupportMeasuresService };

export const supportMeasuresRoutes: FastifyPluginAsyncZod<Options> = async (app, { supportMeasures }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['support-measures'];

  app.get(
    '/support-measures',
    {
      schema: {
        tags,
        summary: 'The support-measure catalogue (active measures; administrators may ask for inactive ones)',
        querystring: supportMeasureListQuerySchema,
        response: { 200: supportMeasureListSchema },
      },
    },
    async (request) => supportMeasures.list(request.query, request.actor),
  );

  // Registered before /:id so "applicable" is never taken for an id.
  app.get(
    '/support-measures/applicable',
    {
      schema: {
        tags,
        summary: 'Active measures that apply to goods of an OKPD2 code (in a region)',
        querystring: applicableSupportMeasuresQuerySchema,
        response: { 200: supportMeasureListSchema },
      },
    },
    async (request) => supportMeasures.applicable(request.query),
  );

  app.get(
    '/support-measures/:id',
    { schema: { tags, params: idParams, response: { 200: supportMeasureSchema } } },
    async (request) => supportMeasures.get(request.params.id, request.actor),
  );

  app.post(
    '/support-measures',
    {
      schema: {
        tags,
        summary: 'Add a support measure (administrators)',
        body: createSupportMeasureSchema,
        response: { 201: supportMeasureSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await supportMeasures.create(request.body, request.actor)),
  );

  app.patch(
    '/support-measures/:id',
    {
      schema: {
        tags,
        summary: 'Change a support measure (administrators)',
        params: idParams,
        body: updateSupportMeasureSchema,
        response: { 200: supportMeasureSchema },
      },
    },
    async (request) => supportMeasures.update(request.params.id, request.body, request.actor),
  );

  app.delete(
    '/support-measures/:id',
    { schema: { tags, summary: 'Remove a support measure (administrators)', params: idParams } },
    async (request, reply) => {
      await supportMeasures.remove(request.params.id, request.actor);
      return reply.status(204).send();
    },
  );
};
