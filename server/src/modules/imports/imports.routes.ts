import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  importAcceptedSchema,
  importListQuerySchema,
  importListSchema,
  importSchema,
  IMPORT_KINDS,
  needExportQuerySchema,
} from '@zamena/shared/imports/imports.schemas';
import { AppError, ValidationError } from '../../lib/errors';
import { type ImportsService, UnsupportedFileError, type Upload } from './imports.service';

type Options = { imports: ImportsService };

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The `file` field of a multipart/form-data request, read whole (at most MAX_UPLOAD_BYTES). */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new UnsupportedFileError('Send the file as multipart/form-data in the field «file»');
  }
  const part = await request.file();
  if (!part || part.fieldname !== 'file') {
    throw new ValidationError('No file was sent', [{ path: 'file', message: 'attach a .xlsx or .csv file' }]);
  }
  try {
    const content = await part.toBuffer();
    return { filename: part.filename || 'upload', mimetype: part.mimetype, content };
  } catch (error) {
    if (error instanceof request.server.multipartErrors.RequestFileTooLargeError) {
      throw new AppError(
        413,
        'file_too_large',
        `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
      );
    }
    throw error;
  }
}

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
const attachment = (reply: FastifyReply, filename: string) =>
  reply.header(
    'content-disposition',
    `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  );

export const importsRoutes: FastifyPluginAsyncZod<Options> = async (app, { imports }) => {
  // Scoped to this plugin: only the import routes take multipart bodies.
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 },
  });
  app.addHook('onRequest', app.authenticate);
  const tags = ['imports'];

  for (const kind of IMPORT_KINDS) {
    app.post(
      `/${kind}/import`,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: `Import ${kind} from a CSV or XLSX file (multipart field «file», ≤ 20 MB); poll GET /imports/:id`,
          response: { 202: importAcceptedSchema },
        },
      },
      async (request, reply) => {
        const accepted = await imports.upload(kind, await readUpload(request), request.actor);
        return reply.status(202).header('location', `/api/v1/imports/${accepted.id}`).send(accepted);
      },
    );

    app.get(
      `/${kind}/import/template.xlsx`,
      { schema: { tags, summary: `The XLSX template for importing ${kind}, with instructions` } },
      async (_request, reply) => {
        const { filename, content } = await imports.template(kind);
        return attachment(reply.type(XLSX_TYPE), filename).send(content);
      },
    );
  }

  app.get(
    '/imports',
    {
      schema: {
        tags,
        summary: "The organization's recent imports, newest first",
        querystring: importListQuerySchema,
        response: { 200: importListSchema },
      },
    },
    async (request) => imports.list(request.query, request.actor),
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'Progress and outcome of an import (row-level errors)',
        params: idParams,
        response: { 200: importSchema },
      },
    },
    async (request) => imports.get(request.params.id, request.actor),
  );

  app.get(
    '/imports/:id/annotated',
    {
      schema: {
        tags,
        summary: "A failed import's file (same format) with each row's problems in an added column",
        params: idParams,
      },
    },
    async (request, reply) => {
      const file = await imports.annotatedFile(request.params.id, request.actor);
      return attachment(reply.type(file.contentType), file.filename).send(file.content);
    },
  );

  app.get(
    '/needs/export',
    {
      schema: {
        tags: ['needs'],
        summary: 'Every need matching the GET /needs filters (up to 50,000) as XLSX or CSV',
        querystring: needExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { filename, contentType, body } = await imports.exportNeeds(request.query, request.actor);
      return attachment(reply.type(contentType), filename).send(body);
    },
  );
};
