import { auditFiltersSchema, auditPageSchema, auditQuerySchema } from '@zamena/shared/audit/audit.schemas';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvStream } from '../imports/csv-writer';
import type { AuditService } from './audit.service';

type Options = { audit: AuditService };

export const auditRoutes: FastifyPluginAsyncZod<Options> = async (app, { audit }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['audit'];

  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary:
          "Changes, newest first: analysts and administrators all; an organization its members' and its own objects'",
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => audit.list(request.query, request.actor),
  );

  app.get(
    '/audit/export.csv',
    {
      schema: {
        tags,
        summary: 'The same changes as CSV (Excel: «;», UTF-8 with BOM)',
        querystring: auditFiltersSchema,
      },
    },
    async (request, reply) => {
      const rows = await audit.exportRows(request.query, request.actor);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${stamp}.csv"`)
        .send(csvStream(rows));
    },
  );
};
