import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { itemsOf } from '@zamena/shared/common/common.schemas';
import {
  okpd2CodeSchema,
  okpd2QuerySchema,
  okpd2SuggestionSchema,
  okpd2SuggestQuerySchema,
  regionSchema,
} from '@zamena/shared/reference/reference.schemas';
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

  app.get(
    '/okpd2/suggest',
    {
      // Signed in: the suggestions read the codes of other organizations' published needs.
      onRequest: app.authenticate,
      schema: {
        tags: ['reference'],
        summary: 'OKPD2 codes for a title: those of needs with similar titles, then the best name matches',
        querystring: okpd2SuggestQuerySchema,
        response: { 200: itemsOf(okpd2SuggestionSchema) },
      },
    },
    async (request) => ({ items: await reference.suggestOkpd2(request.query) }),
  );
};
