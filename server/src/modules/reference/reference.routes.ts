import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { itemsOf } from '@zamena/shared/common/common.schemas';
import { okpd2CodeSchema, okpd2QuerySchema, regionSchema } from '@zamena/shared/reference/reference.schemas';
import type { ReferenceService } from './reference.service';

export const referenceRoutes: FastifyPluginAsyncZod<{ reference: ReferenceService }> = async (
  app,
  { reference },
) => {
  app.get(
    '/regions',
    {
      schema: {
        tags: ['reference'],
        summary: 'Federal subjects of Russia',
        response: { 200: itemsOf(regionSchema) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { items: await reference.listRegions() };
    },
  );

  app.get(
    '/okpd2',
    {
      schema: {
        tags: ['reference'],
        summary: 'OKPD2 codes by code prefix or Russian words; children of `parent` without `q`',
        querystring: okpd2QuerySchema,
        response: { 200: itemsOf(okpd2CodeSchema) },
      },
    },
    async (request) => ({ items: await reference.searchOkpd2(request.query) }),
  );
};
