import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { settlingStore } from './rate-limit-store';

export type RateLimitPluginOptions = {
  /** Its own auto-pipelined connection (see app.ts). */
  redis: Redis;
  /** Prefix of the counters' keys, so installations and test apps sharing one Redis keep theirs apart. */
  nameSpace: string;
  perUserPerMinute: number;
  perAddressPerMinute: number;
};

/** How long a count from Redis is taken as current (rate-limit-store.ts). */
const SETTLE_MS = 100;

const BEARER = /^Bearer\s+(\S+)$/i;
const USER_KEY = 'user:';

/**
 * Counts API calls per minute in Redis: per signed-in user when the request carries a valid access
 * token, per client address otherwise. An office behind one address shares nothing but the anonymous
 * budget, so its people never hold each other up (issue 20). Only routes under /api/ are counted: the
 * client's page and its static files are not requests anyone could abuse more cheaply than the API.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: RateLimitPluginOptions) => {
    // Runs before the rate limiter's own onRoute hook (registered below), which then leaves these alone.
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) route.config = { ...route.config, rateLimit: false };
    });

    /**
     * The user a bearer token names, or null. The signature check is the one `authenticate` does, and
     * @fastify/jwt caches verified tokens, so a signed-in client's repeated token costs a map lookup.
     * Whether the session is still live is `authenticate`'s business; an ended one is refused there.
     */
    function userOf(request: FastifyRequest): string | null {
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
      if (!token) return null;
      try {
        const { sub } = app.jwt.verify<{ sub: unknown }>(token);
        return typeof sub === 'string' ? sub : null;
      } catch {
        return null;
      }
    }

    const counters = settlingStore({ redis: options.redis, prefix: options.nameSpace, settleMs: SETTLE_MS });
    app.addHook('onClose', async () => counters.stop());
    await app.register(fastifyRateLimit, {
      timeWindow: '1 minute',
      store: counters.Store,
      // Redis being down must not take the API with it: requests go uncounted until it is back.
      skipOnError: true,
      keyGenerator: (request) => {
        const user = userOf(request);
        return user ? `${USER_KEY}${user}` : `address:${normalizeIP(request.ip)}`;
      },
      max: (_request, key) =>
        key.startsWith(USER_KEY) ? options.perUserPerMinute : options.perAddressPerMinute,
    });
  },
  { name: 'zamena-rate-limit', dependencies: ['@fastify/jwt'] },
);
