// Entry: the worker process (DESIGN.md §1): the outbox relay and BullMQ job handlers.
import { loadEnvOrExit } from './config/env';
import { createDatabase } from './db/client';
import { createLogger } from './lib/logger';
import { exitUnlessServicesReachable } from './lib/service-check';
import { createRedis } from './queue/connections';
import { expireNeedsJob, expireOverdueNeeds } from './modules/needs/needs.jobs';
import { expireBidsJob, expireOverdueBids } from './modules/bids/bids.jobs';
import { pruneRecords, pruneRecordsJob } from './modules/maintenance/prune-records';
import { createCapabilitiesService } from './modules/capabilities/capabilities.service';
import { importJobHandlers } from './modules/imports/imports.handlers';
import { matchingJobHandlers } from './modules/matching/matching.handlers';
import { notificationJobHandlers } from './modules/notifications/deliver-notification';
import { createMailer } from './modules/notifications/mailer';
import { createFeedbackTokens, feedbackLinks } from './modules/matching/feedback-token';
import { passwordResetJobHandlers } from './modules/auth/password-reset-mail';
import { createResetTokens } from './modules/auth/password-reset-token';
import { resolveJwtSecret } from './modules/auth/server-secret';
import { refreshMatchProfilesJob, refreshMatchProfilesJobId } from './modules/matching/refresh-profiles';
import { relevanceModel } from './modules/matching/relevance/relevance-model';
import { createWebhookDispatcher, webhookJobHandlers } from './modules/webhooks/webhook-dispatcher';
import { REBUILD_LOTS_SCHEDULE, rebuildLotsJob } from './modules/lots/lots.jobs';
import { lotJobHandlers } from './modules/lots/lots.rebuild';
import { createNeedsService } from './modules/needs/needs.service';
import { createOrganizationsService } from './modules/organizations/organizations.service';
import { createReferenceRepo } from './modules/reference/reference.repo';
import { createReferenceService } from './modules/reference/reference.service';
import { subscriptionJobHandlers } from './modules/subscriptions/digest-mail';
import { subscriptionAlertHandlers } from './modules/subscriptions/subscriptions.alerts';
import {
  ALERT_SUBSCRIBERS_SCHEDULE,
  alertSubscribersJob,
  SEND_DIGESTS_SCHEDULE,
  sendDigestsJob,
} from './modules/subscriptions/subscriptions.jobs';
import { createUnsubscribeTokens, unsubscribeLink } from './modules/subscriptions/unsubscribe-token';
import { startOutboxRelay } from './queue/outbox-relay';
import { closeQueues, createQueues } from './queue/queues';
import { handle, handlerTable, startWorkers } from './queue/worker-runtime';

const HEARTBEAT_MS = 60_000;

const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL, 'worker');
await exitUnlessServicesReachable(env.DATABASE_URL, env.REDIS_URL);

// A connection per concurrently running job of the busy queues (notifications, imports and the rest;
// matching holds more jobs but runs at most four transactions), plus the relay and its LISTEN: fewer
// and jobs would wait for connections, not for work.
const database = createDatabase(env.DATABASE_URL, log, env.WORKER_CONCURRENCY * 2 + 4);
const producer = createRedis(env.REDIS_URL, 'worker', log);
const queues = createQueues(producer, env.QUEUE_PREFIX);
const relay = startOutboxRelay({ pool: database.pool, queues, log, pollMs: env.OUTBOX_POLL_MS });

const reference = createReferenceService({ repo: createReferenceRepo(database.db) });
const organizations = createOrganizationsService({ db: database.db, reference });

const mailer = env.SMTP_URL ? createMailer(env.SMTP_URL, env.MAIL_FROM) : undefined;
// The API's key (JWT_SECRET or the database's own): feedback and password-reset links are signed with it.
const jwtSecret = await resolveJwtSecret(env, database.db);
const webhookDispatcher = createWebhookDispatcher({
  db: database.db,
  allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES,
});

const handlers = handlerTable([
  ...matchingJobHandlers({ db: database.db, pool: database.pool }),
  ...notificationJobHandlers({
    db: database.db,
    redis: producer,
    prefix: env.QUEUE_PREFIX,
    publicUrl: env.PUBLIC_URL,
    mailer,
    webhooks: webhookDispatcher,
    feedbackLink: feedbackLinks(env.PUBLIC_URL, createFeedbackTokens(jwtSecret)),
  }),
  ...passwordResetJobHandlers({
    db: database.db,
    mailer,
    publicUrl: env.PUBLIC_URL,
    resetTokens: createResetTokens(jwtSecret),
  }),
  ...webhookJobHandlers(webhookDispatcher),
  ...subscriptionJobHandlers({
    db: database.db,
    mailer,
    publicUrl: env.PUBLIC_URL,
    unsubscribeLink: unsubscribeLink(env.PUBLIC_URL, createUnsubscribeTokens(jwtSecret)),
  }),
  ...subscriptionAlertHandlers({ db: database.db }),
  handle(expireNeedsJob, async () => ({ expired: await expireOverdueNeeds(database.db, new Date()) })),
  handle(expireBidsJob, async () => ({ expired: await expireOverdueBids(database.db, new Date()) })),
  ...lotJobHandlers({ db: database.db }),
  handle(pruneRecordsJob, () => pruneRecords(database.db, new Date())),
  ...importJobHandlers({
    db: database.db,
    needsFor: (db) => createNeedsService({ db, organizations, reference }),
    capabilitiesFor: (db) => createCapabilitiesService({ db, organizations, reference }),
    limits: { maxRows: env.IMPORT_MAX_ROWS, maxUnpackedBytes: env.IMPORT_MAX_UNPACKED_BYTES },
  }),
]);
const workers = startWorkers({
  connection: createRedis(env.REDIS_URL, 'worker', log),
  prefix: env.QUEUE_PREFIX,
  concurrency: env.WORKER_CONCURRENCY,
  // Imports on their own worker, one at a time by default (env.ts): matching never waits behind them.
  concurrencyOf: { matching: env.MATCHING_CONCURRENCY, imports: env.IMPORT_CONCURRENCY },
  handlers,
  log,
});
// Repeatable jobs are schedulers in Redis keyed by id: every worker replica upserts the same one.
await queues.maintenance.upsertJobScheduler(
  expireNeedsJob.name,
  { pattern: '5 * * * *' },
  { name: expireNeedsJob.name, data: {} },
);
await queues.maintenance.upsertJobScheduler(
  expireBidsJob.name,
  { pattern: '10 * * * *' },
  { name: expireBidsJob.name, data: {} },
);
await queues.maintenance.upsertJobScheduler(
  pruneRecordsJob.name,
  { pattern: '20 3 * * *' },
  { name: pruneRecordsJob.name, data: {} },
);
// Once per relevance model version, whatever the number of replicas (its id names the version).
const { profileVersion } = relevanceModel();
await queues.maintenance.add(
  refreshMatchProfilesJob.name,
  { profileVersion },
  { jobId: refreshMatchProfilesJobId(profileVersion) },
);
await queues.maintenance.upsertJobScheduler(
  rebuildLotsJob.name,
  { pattern: REBUILD_LOTS_SCHEDULE },
  { name: rebuildLotsJob.name, data: {} },
);
await queues.maintenance.upsertJobScheduler(
  sendDigestsJob.name,
  { pattern: SEND_DIGESTS_SCHEDULE },
  { name: sendDigestsJob.name, data: {} },
);
await queues.maintenance.upsertJobScheduler(
  alertSubscribersJob.name,
  { pattern: ALERT_SUBSCRIBERS_SCHEDULE },
  { name: alertSubscribersJob.name, data: {} },
);

const logHeartbeat = async () => {
  const pending = await database.pool
    .query<{ count: string }>('SELECT count(*) FROM outbox WHERE sent_at IS NULL')
    .then((result) => Number(result.rows[0]?.count ?? 0))
    .catch(() => null);
  log.info({ outboxPending: pending }, 'worker alive');
};
const heartbeat = setInterval(() => void logHeartbeat(), HEARTBEAT_MS);
log.info(
  {
    concurrency: env.WORKER_CONCURRENCY,
    matchingConcurrency: env.MATCHING_CONCURRENCY,
    importConcurrency: env.IMPORT_CONCURRENCY,
  },
  'worker started',
);

let closing = false;
async function shutDown(signal: NodeJS.Signals) {
  if (closing) return;
  closing = true;
  log.info({ signal }, 'worker shutting down');
  setTimeout(() => process.exit(1), 15_000).unref();
  clearInterval(heartbeat);
  await relay.stop();
  await Promise.all(workers.map((worker) => worker.close()));
  await closeQueues(queues);
  mailer?.close();
  producer.disconnect();
  await database.close();
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutDown(signal));
