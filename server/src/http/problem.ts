import type { ProblemCode } from '@zamena/shared/common/problem-codes';
import type { FastifyReply } from 'fastify';
import type { FieldError } from '../lib/errors';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export type ProblemInit = { status: number; code: ProblemCode; detail?: string; errors?: FieldError[] };

/** Sends an RFC 9457 problem document. */
export function sendProblem(reply: FastifyReply, { status, code, detail, errors }: ProblemInit) {
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: `urn:zamena:problem:${code}`,
      title: TITLES[status] ?? 'Error',
      status,
      code,
      ...(detail ? { detail } : {}),
      ...(errors?.length ? { errors } : {}),
    });
}
