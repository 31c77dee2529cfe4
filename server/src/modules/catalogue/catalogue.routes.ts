import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  catalogueNeedPageSchema,
  catalogueNeedQuerySchema,
  catalogueStatsSchema,
} from '@zamena/shared/catalogue/catalogue.schemas';
import type { CatalogueService } from './catalogue.service';

type Options = { catalogue: CatalogueService };

/** Shared caches may keep an answer this long: the figures and the list change by the minute, not the second. */
const PUBLIC_CACHE = 'public, max-age=60';

/** Public, without sign-in: how new suppliers find the exchange (DESIGN.md §5 "Public"). */
export const catalogueRoutes: FastifyPluginAsyncZod<Options> = async (app, { catalogue }) => {
  const tags = ['catalogue'];

  app.get(
    '/catalogue/needs',
    {
      schema: {
        tags,
        summary:
          'Open needs for guests: words, OKPD2 prefix, region, district; keyset pages; ' +
          'the buyer named only where it agreed to open data',
        security: [],
        querystring: catalogueNeedQuerySchema,
        response: { 200: catalogueNeedPageSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return catalogue.needs(request.query);
    },
  );

  app.get(
    '/catalogue/stats',
    {
      schema: {
        tags,
        summary: 'Open needs, regions with open needs, orders placed across regions',
        security: [],
        response: { 200: catalogueStatsSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return catalogue.stats();
    },
  );
};
