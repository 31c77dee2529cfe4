import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError, TooManyRequestsError } from '../lib/errors';
import { clientErrorProblem } from './framework-errors';
import { sendProblem } from './problem';

const MAX_ECHOED_URL = 200;

function pointerToPath(pointer: string): string {
  return pointer.replace(/^\//, '').split('/').filter(Boolean).join('.');
}

/** The one place errors become problem documents; 5xx details are logged, never sent. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error instanceof TooManyRequestsError) reply.header('retry-after', String(error.retryAfterSeconds));
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
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'PostgreSQL unavailable');
      reply.header('retry-after', '5');
      return sendProblem(reply, {
        status: 503,
        code: 'service_unavailable',
        detail: 'The database is unavailable for a moment; try again in a few seconds',
      });
    }
    const clientError = clientErrorProblem(error, request);
    if (clientError) return sendProblem(reply, clientError);
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, {
      status: 500,
      code: 'internal_error',
      detail: 'Something went wrong on our side',
    });
  });

  app.setNotFoundHandler((request, reply) => {
    // Client-side routes get index.html; API routes and missing build assets get a real 404.
    const isPage = request.method === 'GET' && !/^\/(api|assets)\//.test(request.url);
    if (isPage && app.servesWebClient)
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(reply, {
      status: 404,
      code: 'route_not_found',
      // Not the whole URL: it is the client's, and may be thousands of characters.
      detail: `No route ${request.method} ${request.url.slice(0, MAX_ECHOED_URL)}`,
    });
  });
}
