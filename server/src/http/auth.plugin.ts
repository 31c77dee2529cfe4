import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../lib/actor';
import { UnauthorizedError } from '../lib/errors';

type AccessClaims = {
  sub: string;
  org: string;
  kind: Actor['organizationKind'];
  region: string;
  role: Actor['role'];
  adm: boolean;
};

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
    signAccessToken: (actor: Actor) => string;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

export type AuthPluginOptions = { secret: string; accessTokenTtlSeconds: number };

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

  app.decorateRequest('actor', null as unknown as Actor);

  app.decorate('signAccessToken', (actor: Actor) =>
    app.jwt.sign({
      sub: actor.userId,
      org: actor.organizationId,
      kind: actor.organizationKind,
      region: actor.regionCode,
      role: actor.role,
      adm: actor.isAdmin,
    }),
  );

  app.decorate('authenticate', async (request: FastifyRequest) => {
    try {
      const claims = await request.jwtVerify<AccessClaims>();
      request.actor = {
        userId: claims.sub,
        organizationId: claims.org,
        organizationKind: claims.kind,
        regionCode: claims.region,
        role: claims.role,
        isAdmin: claims.adm,
      };
    } catch {
      throw new UnauthorizedError(
        'invalid_token',
        'Sign in again: the access token is missing, invalid or expired',
      );
    }
  });
});
