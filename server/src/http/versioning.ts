import type { FastifyReply } from 'fastify';
import { PreconditionRequiredError, ValidationError } from '../lib/errors';

/** Strong ETag of a versioned object: its `version` in quotes. */
export const etagOf = (version: number) => `"${version}"`;

export function setETag(reply: FastifyReply, version: number): FastifyReply {
  return reply.header('etag', etagOf(version));
}

/** `If-Match: "3"`, `W/"3"` or a bare `3` → 3; absent → undefined; anything else (`*`, lists) → 400. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!match) {
    throw new ValidationError('If-Match must carry the version you read', [
      { path: 'if-match', message: 'must be the ETag of the object, such as "3"' },
    ]);
  }
  return Number(match[1]);
}

/** For changes that must not be lost: a missing If-Match is 428, not a blind overwrite. */
export function requireIfMatch(header: string | string[] | undefined): number {
  const version = parseIfMatch(header);
  if (version === undefined) throw new PreconditionRequiredError();
  return version;
}
