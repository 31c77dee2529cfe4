import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
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
import { answerFrameworkError } from './http/framework-errors';
import { metricsPlugin, metricsRoutes } from './http/metrics.plugin';
import { idempotencyPlugin } from './http/idempotency.plugin';
import { noStorePlugin } from './http/no-store.plugin';
import { QUEUE_DASHBOARD_PATH, registerQueueDashboard } from './http/queue-dashboard.plugin';
import { rateLimitPlugin } from './http/rate-limit.plugin';
import { webClientPlugin } from './http/web-client.plugin';
import { attachmentOwners } from './modules/attachments/attachment-owners';
import { attachmentsRoutes } from './modules/attachments/attachments.routes';
import { createAttachmentsService } from './modules/attachments/attachments.service';
import { auditRoutes } from './modules/audit/audit.routes';
import { createAuditService } from './modules/audit/audit.service';
import { accountRoutes } from './modules/auth/account.routes';
import { createAccountService } from './modules/auth/account.service';
import { authRoutes } from './modules/auth/auth.routes';
import { createAuthService } from './modules/auth/auth.service';
import { createLoginThrottle } from './modules/auth/login-throttle';
import { membersRoutes } from './modules/auth/members.routes';
import { createMembersService } from './modules/auth/members.service';
import { createResetTokens } from './modules/auth/password-reset-token';
import { passwordsRoutes } from './modules/auth/passwords.routes';
import { createPasswordsService } from './modules/auth/passwords.service';
import { resolveJwtSecret } from './modules/auth/server-secret';
import { createSessionIssuer } from './modules/auth/session-issuer';
import { createSessionStates } from './modules/auth/session-states';
import { createBidAcceptance } from './modules/bids/bids.accept';
import { bidsRoutes } from './modules/bids/bids.routes';
import { createBidsService } from './modules/bids/bids.service';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes';
import { createCatalogueService } from './modules/catalogue/catalogue.service';
import { messagesRoutes } from './modules/messages/messages.routes';
import { createMessagesService } from './modules/messages/messages.service';
import { openDataRoutes } from './modules/open-data/open-data.routes';
import { createOpenDataService } from './modules/open-data/open-data.service';
import { ordersRoutes } from './modules/orders/orders.routes';
import { protocolsRoutes } from './modules/protocols/protocols.routes';
import { createProtocolsService } from './modules/protocols/protocols.service';
import { createOrdersService } from './modules/orders/orders.service';
import { capabilitiesRoutes } from './modules/capabilities/capabilities.routes';
import { createCapabilitiesService } from './modules/capabilities/capabilities.service';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { createDashboardService } from './modules/dashboard/dashboard.service';
import { eventsRoutes } from './modules/events/events.routes';
import { healthRoutes } from './modules/health/health.routes';
import { createFeedbackTokens } from './modules/matching/feedback-token';
import { matchFeedbackRoutes, matchingRoutes } from './modules/matching/matching.routes';
import { createMatchingService } from './modules/matching/matching.service';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { createNotificationsService } from './modules/notifications/notifications.service';
import { webhooksRoutes } from './modules/webhooks/webhooks.routes';
import { createWebhooksService } from './modules/webhooks/webhooks.service';
import { importsRoutes } from './modules/imports/imports.routes';
import { createImportsService } from './modules/imports/imports.service';
import { analyticsRoutes } from './modules/analytics/analytics.routes';
import { createAnalyticsService } from './modules/analytics/analytics.service';
import { createLotAwards } from './modules/lots/lots.awards';
import { lotsRoutes } from './modules/lots/lots.routes';
import { createLotsService } from './modules/lots/lots.service';
import { investmentCaseRoutes } from './modules/investment-case/investment-case.routes';
import { createInvestmentCaseService } from './modules/investment-case/investment-case.service';
import { createResidencies } from './modules/sites/sites.residencies';
import { sitesRoutes } from './modules/sites/sites.routes';
import { createSitesService } from './modules/sites/sites.service';
import { supportMeasuresRoutes } from './modules/support-measures/support-measures.routes';
import { createSupportMeasuresService } from './modules/support-measures/support-measures.service';
import { needsRoutes } from './modules/needs/needs.routes';
import { createSimilarNeedCodes } from './modules/needs/needs.search.similar';
import { createNeedsService } from './modules/needs/needs.service';
import { organizationsRoutes } from './modules/organizations/organizations.routes';
import { subscriptionsRoutes, unsubscribeRoutes } from './modules/subscriptions/subscriptions.routes';
import { createSubscriptionsService } from './modules/subscriptions/subscriptions.service';
import { createUnsubscribeTokens } from './modules/subscriptions/unsubscribe-token';
import { createOrganizationsService } from './modules/organizations/organizations.service';
import { createReferenceRepo } from './modules/reference/reference.repo';
import { referenceRoutes } from './modules/reference/reference.routes';
import { createReferenceService } from './modules/reference/reference.service';
import { loggerOptions } from './lib/logger';
import { createObjectStorage } from './storage/create-storage';
import { createRedis, readyOrTimeout } from './queue/connections';

export const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export type AppDeps = {
  env: Env;
  database: Database;
  /** Producer profile, fails fast when Redis is down: health checks and the queue dashboard. */
  redis: Redis;
  logger?: FastifyBaseLogger;
  /** Namespace for Redis keys (rate limits), so test apps do not share counters. */
  redisNamespace?: string;
};

/** Builds the API: infrastructure plugins, then cross-cutting ones, then feature routes (fastify/demo order). */
export async function buildApp({ env, database, redis, logger, redisNamespace = env.QUEUE_PREFIX }: AppDeps) {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: { level: env.LOG_LEVEL, ...loggerOptions } }),
    requestIdHeader: 'x-request-id',
    trustProxy: env.TRUST_PROXY,
    bodyLimit: env.BODY_LIMIT_BYTES,
    // Errors met while routing (a bad %-encoding, an over-long id) become problem documents too.
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(metricsPlugin);
  await app.register(noStorePlugin, { credentialPaths: ['/api/v1/auth/', QUEUE_DASHBOARD_PATH] });
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
  // The key is JWT_SECRET or the database's own (shared with the worker); every authenticated request
  // checks its user's current state (session-states.ts).
  const jwtSecret = await resolveJwtSecret(env, database.db);
  const sessionStates = createSessionStates({ db: database.db, ttlMs: env.SESSION_CACHE_TTL_MS });
  await app.register(authPlugin, {
    secret: jwtSecret,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    sessionState: sessionStates.current,
  });
  await app.register(idempotencyPlugin, { db: database.db });
  // Its own connection, auto-pipelined: the counters of concurrent requests go out together. The
  // first requests are counted when Redis answers within 2 s; the API starts without it otherwise.
  // After auth: API calls are counted per user whose bearer token verifies (rate-limit.plugin.ts).
  const rateLimitRedis = createRedis(env.REDIS_URL, 'requests', app.log);
  app.addHook('onClose', async () => rateLimitRedis.disconnect());
  await readyOrTimeout(rateLimitRedis, 2000);
  await app.register(rateLimitPlugin, {
    redis: rateLimitRedis,
    nameSpace: `${redisNamespace}-rl-`,
    perUserPerMinute: env.RATE_LIMIT_PER_USER_PER_MINUTE,
    perAddressPerMinute: env.RATE_LIMIT_PER_MINUTE,
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
  const reference = createReferenceService({
    repo: createReferenceRepo(db),
    similarNeedCodes: createSimilarNeedCodes(db),
  });
  const organizations = createOrganizationsService({ db, reference });
  const throttle = createLoginThrottle({
    redis,
    prefix: redisNamespace,
    perAccount: env.LOGIN_FAILURES_PER_ACCOUNT,
    perAddress: env.LOGIN_FAILURES_PER_ADDRESS,
    windowSeconds: env.LOGIN_FAILURE_WINDOW_SECONDS,
    log: app.log,
  });
  const sessionIssuer = {
    signAccessToken: (userId: string, sessionVersion: number) => app.signAccessToken(userId, sessionVersion),
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
  };
  const auth = createAuthService({
    db,
    organizations,
    throttle,
    sessionsChanged: sessionStates.forget,
    ...sessionIssuer,
  });
  const passwords = createPasswordsService({
    db,
    issueSession: createSessionIssuer(sessionIssuer),
    resetTokens: createResetTokens(jwtSecret),
    resetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
    throttle,
    sessionsChanged: sessionStates.forget,
  });
  const members = createMembersService({ db, sessionsChanged: sessionStates.forget });
  const account = createAccountService({ db, organizations });
  const needs = createNeedsService({ db, organizations, reference });
  const capabilities = createCapabilitiesService({ db, organizations, reference });
  const catalogue = createCatalogueService({ db, needs });
  const matching = createMatchingService({
    db,
    needs,
    capabilities,
    organizations,
    feedbackTokens: createFeedbackTokens(jwtSecret),
  });
  const notifications = createNotificationsService({ db });
  const webhooks = createWebhooksService({
    db,
    organizations,
    allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES,
  });
  const orders = createOrdersService({ db, needs });
  const bids = createBidsService({ db, needs, capabilities, organizations });
  const acceptance = createBidAcceptance({ db, orders, organizations, capabilities, needs });
  const attachments = createAttachmentsService({
    db,
    storage: createObjectStorage(env),
    owners: attachmentOwners({ needs, capabilities, bids, orders }),
    limits: { maxBytes: env.ATTACHMENT_MAX_BYTES, maxCount: env.ATTACHMENT_MAX_PER_OBJECT },
  });
  const messages = createMessagesService({ db, needs, organizations, attachments });
  // The pseudonym key is derived from the JWT secret under its own label (HMAC), not the secret itself.
  const openData = createOpenDataService({
    db,
    publicUrl: env.PUBLIC_URL,
    anonymisationSecret: jwtSecret,
  });
  const imports = createImportsService({ db, needs, organizations, reference });
  const supportMeasures = createSupportMeasuresService({ db, reference });
  const lots = createLotsService({ db, organizations, supportMeasures });
  const lotAwards = createLotAwards({ db, lots, orders, needs });
  const sites = createSitesService({ db, reference });
  const residencies = createResidencies({ db, sites });
  const investmentCases = createInvestmentCaseService({ db, lots, sites, supportMeasures });
  const analytics = createAnalyticsService({
    db,
    organizations,
    supportMeasures,
    sites,
    bottleneckAfterDays: env.BOTTLENECK_AFTER_DAYS,
  });
  const subscriptions = createSubscriptionsService({
    db,
    unsubscribeTokens: createUnsubscribeTokens(jwtSecret),
  });
  const dashboard = createDashboardService({ db, organizations, orders, bids, matching, analytics });

  await app.register(
    async (api) => {
      await api.register(healthRoutes, {
        checks: {
          postgres: async () => void (await pool.query('SELECT 1')),
          redis: async () => void (await redis.ping()),
        },
      });
      if (env.METRICS_TOKEN) await api.register(metricsRoutes, { token: env.METRICS_TOKEN });
      await api.register(referenceRoutes, { reference });
      await api.register(authRoutes, {
        auth,
        secureCookies: env.PUBLIC_URL.startsWith('https://'),
        loginPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
      });
      await api.register(passwordsRoutes, {
        passwords,
        secureCookies: env.PUBLIC_URL.startsWith('https://'),
        perMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
      });
      await api.register(organizationsRoutes, { organizations, auth });
      await api.register(membersRoutes, { members });
      await api.register(accountRoutes, { account });
      await api.register(needsRoutes, { needs });
      await api.register(capabilitiesRoutes, { capabilities });
      await api.register(matchingRoutes, { matching });
      await api.register(matchFeedbackRoutes, { matching });
      await api.register(notificationsRoutes, { notifications });
      await api.register(webhooksRoutes, { webhooks });
      await api.register(eventsRoutes, {
        redisUrl: env.REDIS_URL,
        channelPrefix: env.QUEUE_PREFIX,
        missedSince: (lastEventId, actor, limit) => notifications.missedSince(lastEventId, actor, limit),
      });
      await api.register(bidsRoutes, { bids, acceptance });
      await api.register(ordersRoutes, { orders });
      await api.register(protocolsRoutes, { protocols: createProtocolsService({ db }) });
      await api.register(messagesRoutes, { messages });
      await api.register(openDataRoutes, { openData });
      await api.register(catalogueRoutes, { catalogue });
      await api.register(importsRoutes, { imports });
      await api.register(supportMeasuresRoutes, { supportMeasures });
      await api.register(lotsRoutes, { lots, awards: lotAwards });
      await api.register(sitesRoutes, { sites, residencies });
      await api.register(investmentCaseRoutes, { investmentCases });
      await api.register(analyticsRoutes, { analytics });
      await api.register(dashboardRoutes, { dashboard });
      await api.register(unsubscribeRoutes, { subscriptions });
      await api.register(subscriptionsRoutes, { subscriptions });
      await api.register(auditRoutes, { audit: createAuditService({ db }) });
      await api.register(attachmentsRoutes, { attachments });
    },
    { prefix: '/api/v1' },
  );

  await registerQueueDashboard(app, {
    redis,
    prefix: env.QUEUE_PREFIX,
    secureCookies: env.PUBLIC_URL.startsWith('https://'),
  });
  await app.register(webClientPlugin, { root: env.WEB_DIST_DIR ?? DEFAULT_WEB_DIST });

  return Object.assign(app, { services: { auth, organizations, reference, needs, capabilities } });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
