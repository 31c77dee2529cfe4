import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ATTACHMENT_OWNER_KINDS,
  ATTACHMENT_OWNER_PATHS,
  attachmentListSchema,
  attachmentRefSchema,
  uploadAttachmentQuerySchema,
} from '@zamena/shared/attachments/attachments.schemas';
import { idParams } from '@zamena/shared/common/common.schemas';
import { AppError, ValidationError } from '../../lib/errors';
import type { AttachmentsService, Upload } from './attachments.service';

type Options = { attachments: AttachmentsService };

/** The `file` field of a multipart/form-data request, read whole (at most the configured size). */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  const noFile = new ValidationError('No file was sent', [{ path: 'file', message: 'attach one file' }]);
  if (!request.isMultipart()) throw noFile;
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw noFile;
  try {
    return { filename: part.filename, content: await part.toBuffer() };
  } catch (error) {
    if (error instanceof request.server.multipartErrors.RequestFileTooLargeError) {
      throw new AppError(
        413,
        'attachment_too_large',
        `The file is larger than ${(maxBytes / 1024 / 1024).toFixed(0)} MB`,
      );
    }
    throw error;
  }
}

/** RFC 6266 / RFC 5987: an ASCII fallback and the UTF-8 name. */
const disposition = (type: 'inline' | 'attachment', name: string) =>
  `${type}; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

const sendFile = async (reply: FastifyReply, download: Awaited<ReturnType<AttachmentsService['download']>>) =>
  reply
    .type(download.attachment.contentType)
    .header('content-length', download.attachment.size)
    .header(
      'content-disposition',
      disposition(download.inline ? 'inline' : 'attachment', download.attachment.name),
    )
    .header('etag', `"${download.attachment.sha256}"`)
    .header('cache-control', 'private, no-cache')
    // Someone's upload is shown as a document, never run as a page of this site.
    .header(
      'content-security-policy',
      "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
    )
    .send(download.stream);

export const attachmentsRoutes: FastifyPluginAsyncZod<Options> = async (app, { attachments }) => {
  const { maxBytes } = attachments.limits;
  // Scoped to this plugin: only these routes take multipart bodies.
  await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  app.addHook('onRequest', app.authenticate);
  const tags = ['attachments'];

  for (const kind of ATTACHMENT_OWNER_KINDS) {
    const path = `/${ATTACHMENT_OWNER_PATHS[kind]}/:id/attachments`;

    app.post(
      path,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary:
            `Attach one file to a ${kind} (multipart field «file»; the type is checked from the content). ` +
            'Too large: 413 attachment_too_large; content unlike its name: 400 attachment_type_mismatch',
          params: idParams,
          querystring: uploadAttachmentQuerySchema,
          response: { 201: attachmentRefSchema },
        },
      },
      async (request, reply) => {
        // Who may attach is answered before the body is read: a hidden object is 404 whatever is sent.
        await attachments.assertCanAttach(kind, request.params.id, request.actor);
        const upload = await readUpload(request, maxBytes);
        const created = await attachments.upload(
          kind,
          request.params.id,
          upload,
          request.query.documentKind,
          request.actor,
        );
        return reply.status(201).header('location', `/api/v1/attachments/${created.id}`).send(created);
      },
    );

    app.get(
      path,
      {
        schema: {
          tags,
          summary: `Files of a ${kind}, oldest first: readable by whoever may read the ${kind}`,
          params: idParams,
          response: { 200: attachmentListSchema },
        },
      },
      async (request) => attachments.list(kind, request.params.id, request.actor),
    );
  }

  app.get(
    '/attachments/:id',
    {
      schema: {
        tags,
        summary:
          'The file, with its original name; authorized exactly like the object it belongs to, and audited',
        params: idParams,
      },
    },
    async (request, reply) => sendFile(reply, await attachments.download(request.params.id, request.actor)),
  );

  app.delete(
    '/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Remove a file: only the organization that uploaded it (404 to any other)',
        params: idParams,
        response: { 204: z.null().describe('Removed') },
      },
    },
    async (request, reply) => {
      await attachments.remove(request.params.id, request.actor);
      return reply.status(204).send(null);
    },
  );
};
