import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../lib/errors';
import { sendProblem } from './problem';

function pointerToPath(pointer: string): string {
  return pointer.replace(/^\//, '').split('/').filter(Boolean).join('.');
}

/** The one place errors become problem documents; 5xx details are logged, never sent. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, {
        status: error.status,
        code: error.code,
        detail: error.message,
        errors: error.errors,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path: pointerToPath(issue.instancePath) || String(error.validationContext ?? ''),
        message: issue.message ?? 'is invalid',
      }));
      return sendProblem(reply, {
        status: 400,
        code: 'validation_failed',
        detail: `The ${error.validationContext ?? 'request'} is invalid`,
        errors,
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return sendProblem(reply, {
        status: 500,
        code: 'internal_error',
        detail: 'Something went wrong on our side',
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, {
        status: 500,
        code: 'internal_error',
        detail: 'Something went wrong on our side',
      });
    }
    const code = status === 429 ? 'rate_limited' : (error.code?.toLowerCase() ?? 'bad_request');
    return sendProblem(reply, { status, code, detail: error.message });
  });

  app.setNotFoundHandler((request, reply) => {
    // Client-side routes get index.html; API routes and missing build assets get a real 404.
    const isPage = request.method === 'GET' && !/^\/(api|assets)\//.test(request.url);
    if (isPage && app.servesWebClient)
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(reply, {
      status: 404,
      code: 'route_not_found',
      detail: `No route ${request.method} ${request.url}`,
    });
  });
}
