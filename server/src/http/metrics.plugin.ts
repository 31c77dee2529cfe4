import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import { UnauthorizedError } from '../lib/errors';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Registry;
  }
}

/** Prometheus metrics: process defaults and request durations by route (one registry per app). */
export const metricsPlugin = fp(async (app: FastifyInstance) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.decorate('metrics', registry);
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
});

/** Digests of equal length, so the comparison takes the same time whatever the client sent. */
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics for Prometheus, behind a bearer token (METRICS_TOKEN; app.ts registers this route only
 * when it is set). A token on the API's port rather than a second, private port: one listener to
 * publish, proxy and health-check in every deployment, and Prometheus sends bearer tokens natively
 * (`authorization: { credentials_file: … }` in a scrape config).
 */
export const metricsRoutes: FastifyPluginAsyncZod<{ token: string }> = async (app, { token }) => {
  const expected = digest(`Bearer ${token}`);
  app.get(
    '/metrics',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics (METRICS_TOKEN)',
        response: { 200: z.string() },
      },
      onRequest: async (request, reply) => {
        if (!timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
          reply.header('www-authenticate', 'Bearer');
          throw new UnauthorizedError('invalid_token', 'Send the metrics token as a bearer token');
        }
      },
    },
    async (_request, reply) => {
      reply.type(app.metrics.contentType);
      return app.metrics.metrics();
    },
  );
};
