import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ocdsQuerySchema, ocdsReleasePackageSchema } from '@zamena/shared/open-data/open-data.schemas';
import type { OpenDataService } from './open-data.service';

type Options = { openData: OpenDataService };

/** Public, without sign-in: open data is for anyone (DESIGN.md §5). */
export const openDataRoutes: FastifyPluginAsyncZod<Options> = async (app, { openData }) => {
  app.get(
    '/open-data/ocds',
    {
      schema: {
        tags: ['open data'],
        summary:
          'Accepted orders as an OCDS 1.1 release package (ocid prefix ocds-zmn000-, one release per order); ' +
          'organizations that did not agree to be named appear anonymised',
        security: [],
        querystring: ocdsQuerySchema,
        response: { 200: ocdsReleasePackageSchema },
      },
    },
    async (request) => openData.releasePackage(request.query),
  );
};
