import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { Env } from './config/env';
import type { Database } from './db/client';
import { authPlugin } from './http/auth.plugin';
import { registerErrorHandler } from './http/error-handler';
import { metricsPlugin } from './http/metrics.plugin';
import { webClientPlugin } from './http/web-client.plugin';
import { authRoutes } from './modules/auth/auth.routes';
import { createAuthService } from './modules/auth/auth.service';
import { capabilitiesRoutes } from './modules/capabilities/capabilities.routes';
import { createCapabilitiesService } from './modules/capabilities/capabilities.service';
import { healthRoutes } from './modules/health/health.routes';
import { needsRoutes } from './modules/needs/needs.routes';
import { createNeedsService } from './modules/needs/needs.service';
import { organizationsRoutes } from './modules/organizations/organizations.routes';
import { createOrganizationsService } from './modules/organizations/organizations.service';
import { createReferenceRepo } from './modules/reference/reference.repo';
import { referenceRoutes } from './modules/reference/reference.routes';
import { createReferenceService } from './modules/reference/reference.service';

export const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export type AppDeps = {
  env: Env;
  database: Database;
  /** Producer profile: fails fast when Redis is down. */
  redis: Redis;
  logger?: FastifyBaseLogger;
  /** Namespace for Redis keys (rate limits), so test apps do not share counters. */
  redisNamespace?: string;
};

/** Builds the API: infrastructure plugins, then cross-cutting ones, then feature routes (fastify/demo order). */
export async function buildApp({ env, database, redis, logger, redisNamespace = env.QUEUE_PREFIX }: AppDeps) {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: { level: env.LOG_LEVEL } }),
    requestIdHeader: 'x-request-id',
    trustProxy: env.TRUST_PROXY,
    bodyLimit: 25 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(metricsPlugin);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  await app.register(fastifyCors, {
    origin: env.CORS_ORIGIN.split(',').map((origin) => origin.trim()),
    credentials: true,
    exposedHeaders: ['etag', 'x-request-id'],
  });
  await app.register(fastifyRateLimit, {
    max: env.RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    redis,
    nameSpace: `${redisNamespace}-rl-`,
    skipOnError: true,
  });
  await app.register(authPlugin, {
    secret: env.JWT_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Zamena API',
        description: 'Interregional import-substitution cooperation exchange',
        version: '1',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const { db, pool } = database;
  const reference = createReferenceService({ repo: createReferenceRepo(db) });
  const organizations = createOrganizationsService({ db, reference });
  const auth = createAuthService({
    db,
    organizations,
    signAccessToken: (actor) => app.signAccessToken(actor),
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
  });
  const needs = createNeedsService({ db, organizations, reference });
  const capabilities = createCapabilitiesService({ db, organizations, reference });

  await app.register(
    async (api) => {
      await api.register(healthRoutes, {
        checks: {
          postgres: async () => void (await pool.query('SELECT 1')),
          redis: async () => void (await redis.ping()),
        },
      });
      await api.register(referenceRoutes, { reference });
      await api.register(authRoutes, {
        auth,
        secureCookies: env.PUBLIC_URL.startsWith('https://'),
        loginPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
      });
      await api.register(organizationsRoutes, { organizations, auth });
      await api.register(needsRoutes, { needs });
      await api.register(capabilitiesRoutes, { capabilities });
    },
    { prefix: '/api/v1' },
  );

  await app.register(webClientPlugin, { root: env.WEB_DIST_DIR ?? DEFAULT_WEB_DIST });

  return Object.assign(app, { services: { auth, organizations, reference, needs, capabilities } });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
