import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * `Cache-Control: no-store` on every answer to a request that carries an access token, and on the
 * answers of the routes under `credentialPaths` (sign-in, refresh, registration hand out tokens; the
 * queue dashboard reads its token from a cookie). The built web client's files are fetched without
 * credentials and keep their caching (web-client.plugin.ts).
 */
export const noStorePlugin = fp(
  async (app: FastifyInstance, { credentialPaths }: { credentialPaths: string[] }) => {
    app.addHook('onSend', async (request, reply, payload) => {
      if (
        request.headers.authorization !== undefined ||
        credentialPaths.some((path) => request.url.startsWith(path))
      ) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
);
