import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { DbExecutor } from '../db/client';
import { AppError, ValidationError } from '../lib/errors';
import { createIdempotencyRepo } from '../modules/idempotency/idempotency.repo';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A creating POST: an `Idempotency-Key` makes a retry answer the first answer (idempotency.plugin.ts). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyClaim?: { userId: string; key: string };
  }
}

const KEY = /^[A-Za-z0-9_-]{8,100}$/;
/** A claim this old with no answer belonged to a request whose process died: it may be taken over. */
const STALE_SECONDS = 60;

/**
 * What the key was first used for: method, path and body, so the same key with another body is refused.
 * A file upload's body is read by its handler, after the claim: its size stands for it (a browser's
 * multipart boundary changes between retries, its length does not).
 */
function fingerprint(request: FastifyRequest): string {
  const body = request.headers['content-type']?.startsWith('multipart/')
    ? `multipart:${request.headers['content-length'] ?? 'chunked'}`
    : JSON.stringify(request.body ?? null);
  const digest = createHash('sha256').update(body).digest('hex');
  return `${request.method} ${request.url.split('?')[0]} ${digest}`;
}

/**
 * `Idempotency-Key` on the creating routes (`config: { idempotent: true }`), one implementation for all:
 * the key is claimed before the handler runs; a 2xx answer is stored under it and a retry with the same
 * key and body gets it again with `Idempotent-Replayed: true`; the same key with another body is a 422,
 * and while the first request is still running, a 409. A failed request gives its key up (nothing was
 * created: the handler's writes are one transaction), so the client may retry with it. Accepting a
 * bid claims its key inside its own transaction instead (exactly once, bids.accept.ts).
 */
export const idempotencyPlugin = fp(async (app: FastifyInstance, { db }: { db: DbExecutor }) => {
  const keys = createIdempotencyRepo(db);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers['idempotency-key'];
    if (!request.routeOptions.config.idempotent || header === undefined || !request.actor) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || !KEY.test(key)) {
      throw new ValidationError('Invalid Idempotency-Key', [
        { path: 'idempotency-key', message: 'must be 8 to 100 letters, digits, "-" or "_" (a UUID)' },
      ]);
    }
    const { userId } = request.actor;
    const scope = fingerprint(request);
    if (await keys.claimOrTakeOver(userId, key, scope, STALE_SECONDS)) {
      request.idempotencyClaim = { userId, key };
      return;
    }
    const stored = await keys.find(userId, key);
    if (!stored || stored.scope !== scope) {
      throw new AppError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used for another request; send a new key for each request',
      );
    }
    if (stored.status === 0) {
      reply.header('retry-after', '1');
      throw new AppError(409, 'idempotency_key_in_use', 'The first request with this key is still running');
    }
    return reply
      .code(stored.status)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(stored.body));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = undefined;
    try {
      if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
        await keys.complete(claim.userId, claim.key, reply.statusCode, JSON.parse(payload));
      } else {
        await keys.release(claim.userId, claim.key);
      }
    } catch (error) {
      // The answer still goes out; the pending key is taken over after STALE_SECONDS.
      request.log.warn({ err: error }, 'could not store the idempotent answer');
    }
    return payload;
  });
});
