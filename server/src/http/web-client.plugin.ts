import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** True when the built web client is served (its routes fall back to index.html). */
    servesWebClient: boolean;
  }
}

/** Serves the built single-page client (web/dist) on the API's port. */
export const webClientPlugin = fp(async (app: FastifyInstance, { root }: { root: string | null }) => {
  const enabled = root !== null && existsSync(path.join(root, 'index.html'));
  app.decorate('servesWebClient', enabled);
  if (!enabled) return;
  await app.register(fastifyStatic, {
    root,
    // Files are looked up per request, so a rebuilt client is served without a restart.
    wildcard: true,
    index: ['index.html'],
    setHeaders: (res, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
});
