import type { ProblemCode } from '@zamena/shared/common/problem-codes';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ProblemInit, sendProblem } from './problem';

/**
 * Fastify's own client errors (routing, content-type parsing) under stable codes of ours. Their
 * messages can echo the request (a 5,000-character path), so each gets a fixed detail instead.
 */
const FRAMEWORK_PROBLEMS: Record<string, (request: FastifyRequest) => ProblemInit> = {
  FST_ERR_BAD_URL: () => ({
    status: 400,
    code: 'invalid_url',
    detail: 'The URL holds an invalid percent-encoded character',
  }),
  FST_ERR_MAX_PARAM_LENGTH: () => ({
    status: 414,
    code: 'uri_too_long',
    detail: 'A part of the URL path is too long',
  }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => ({
    status: 415,
    code: 'unsupported_media_type',
    detail: 'Send the body as JSON (application/json)',
  }),
  FST_ERR_CTP_BODY_TOO_LARGE: (request) => ({
    status: 413,
    code: 'payload_too_large',
    detail: `The body is larger than ${request.routeOptions.bodyLimit ?? request.server.initialConfig.bodyLimit} bytes`,
  }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => ({
    status: 400,
    code: 'invalid_content_length',
    detail: 'The body does not match its Content-Length',
  }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => ({
    status: 400,
    code: 'invalid_json',
    detail: 'The body is empty but its Content-Type says JSON',
  }),
  FST_ERR_CTP_INVALID_JSON_BODY: () => ({
    status: 400,
    code: 'invalid_json',
    detail: 'The body is not valid JSON',
  }),
};

/** Codes for the other client errors plugins raise, by status (their own codes are theirs to change). */
const CODE_BY_STATUS: Record<number, ProblemCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** A 4xx error that is not ours (Fastify's, a plugin's) as a problem; undefined for a server error. */
export function clientErrorProblem(error: FastifyError, request: FastifyRequest): ProblemInit | undefined {
  const known = FRAMEWORK_PROBLEMS[error.code]?.(request);
  if (known) return known;
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return undefined;
  const fastifys = error.code?.startsWith('FST_ERR_') ?? false;
  return {
    status,
    code: CODE_BY_STATUS[status] ?? 'bad_request',
    // Plugins write their messages for clients; Fastify's unmapped ones may quote the request.
    ...(fastifys ? {} : { detail: error.message }),
  };
}

/**
 * Fastify's `frameworkErrors` option: errors found while routing (a bad percent-encoding, an
 * over-long path parameter), before any route or the error handler is involved.
 */
/** Fastify's `frameworkErrors` hook: it expects nothing back, the reply is sent here. */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const problem = clientErrorProblem(error, request);
  if (problem) {
    void sendProblem(reply, problem);
    return;
  }
  request.log.error({ err: error }, 'routing failed');
  void sendProblem(reply, {
    status: 500,
    code: 'internal_error',
    detail: 'Something went wrong on our side',
  });
}
