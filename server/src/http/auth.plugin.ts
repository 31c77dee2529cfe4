import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../lib/actor';
import { UnauthorizedError } from '../lib/errors';

/**
 * Who the token names and the session version it was issued under; nothing else is taken from it:
 * role, organization and whether the user may still act come from the database on every request.
 */
type AccessClaims = { sub: string; sv: number };

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** The actor of an access token from elsewhere than the header (the queue dashboard's cookie). */
    actorOfToken: (token: string) => Promise<Actor>;
    signAccessToken: (userId: string, sessionVersion: number) => string;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

const VERIFIED_TOKEN_CACHE_SIZE = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuthPluginOptions = {
  secret: string;
  accessTokenTtlSeconds: number;
  /**
   * The user's current state (cached for a few seconds, see session-states.ts); undefined when the
   * user does not exist, was removed or is disabled.
   */
  sessionState: (userId: string) => Promise<{ actor: Actor; sessionVersion: number } | undefined>;
};

/** Access tokens (JWT, short-lived, in the Authorization header) and the cookie parser for refresh tokens. */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthPluginOptions) => {
  await app.register(fastifyCookie);
  await app.register(fastifyJwt, {
    secret: options.secret,
    sign: { expiresIn: options.accessTokenTtlSeconds },
    // Verified tokens are remembered (LRU, each until its own expiry): a signed-in client sends the
    // same token with every request, and checking its signature again is most of what auth costs.
    verify: { cache: VERIFIED_TOKEN_CACHE_SIZE },
  });

  // Set by `authenticate`; undefined until then (declared on every request for one object shape).
  app.decorateRequest('actor');

  app.decorate('signAccessToken', (userId: string, sessionVersion: number) =>
    app.jwt.sign({ sub: userId, sv: sessionVersion }),
  );

  const invalidToken = () =>
    new UnauthorizedError('invalid_token', 'Sign in again: the access token is missing, invalid or expired');

  async function actorOf(claims: AccessClaims): Promise<Actor> {
    const state = UUID.test(String(claims.sub)) ? await options.sessionState(claims.sub) : undefined;
    // Logout, a password change or reset, removal and disabling raise the version or end the user.
    if (!state || state.sessionVersion !== claims.sv) {
      throw new UnauthorizedError('session_ended', 'Sign in again: this session has ended');
    }
    return state.actor;
  }

  app.decorate('authenticate', async (request: FastifyRequest) => {
    const claims = await request.jwtVerify<AccessClaims>().catch(() => {
      throw invalidToken();
    });
    request.actor = await actorOf(claims);
  });

  app.decorate('actorOfToken', async (token: string) => {
    let claims: AccessClaims;
    try {
      claims = app.jwt.verify<AccessClaims>(token);
    } catch {
      throw invalidToken();
    }
    return actorOf(claims);
  });
});
