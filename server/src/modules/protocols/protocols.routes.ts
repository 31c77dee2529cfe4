import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import { protocolPdfQuerySchema, protocolSchema } from '@zamena/shared/protocols/protocols.schemas';
import type { ProtocolsService } from './protocols.service';

type Options = { protocols: ProtocolsService };

const READERS =
  'the buyer, the centre that posted the need, the selected supplier and analysts; others get 404';

export const protocolsRoutes: FastifyPluginAsyncZod<Options> = async (app, { protocols }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['orders'];

  app.get(
    '/protocols/:id',
    {
      schema: {
        tags,
        summary: `A selection protocol: the comparison frozen when a bid was accepted, the winner and the reason (${READERS})`,
        params: idParams,
        response: { 200: protocolSchema },
      },
    },
    async (request) => protocols.get(request.params.id, request.actor),
  );

  app.get(
    '/protocols/:id.pdf',
    {
      schema: {
        tags,
        summary: `The selection protocol as a printable PDF with Cyrillic fonts embedded (${READERS})`,
        params: idParams,
        querystring: protocolPdfQuerySchema,
      },
    },
    async (request, reply) => {
      const { filename, content } = await protocols.pdf(request.params.id, request.query.lang, request.actor);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(content);
    },
  );
};
