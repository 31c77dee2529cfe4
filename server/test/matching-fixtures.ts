import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'bullmq';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import type { App } from '../src/app';
import type { Database } from '../src/db/client';
import { createFeedbackTokens, feedbackLinks } from '../src/modules/matching/feedback-token';
import { matchingJobHandlers } from '../src/modules/matching/matching.handlers';
import { notificationJobHandlers } from '../src/modules/notifications/deliver-notification';
import { createMailer } from '../src/modules/notifications/mailer';
import { createWebhookDispatcher, webhookJobHandlers } from '../src/modules/webhooks/webhook-dispatcher';
import { subscriptionJobHandlers } from '../src/modules/subscriptions/digest-mail';
import { createUnsubscribeTokens, unsubscribeLink } from '../src/modules/subscriptions/unsubscribe-token';
import { createRedis } from '../src/queue/connections';
import { startOutboxRelay } from '../src/queue/outbox-relay';
import { closeQueues, createQueues, type Queues } from '../src/queue/queues';
import { handlerTable, startWorkers, type HandlerEntry } from '../src/queue/worker-runtime';
import { bearer } from './fixtures';

const silent = pino({ level: 'silent' });

/** A valid POST /capabilities body (DESIGN.md §5 example); override any field. */
export const capabilityBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Подшипники роликовые конические',
  description: 'Серийное производство, ГОСТ 27365',
  okpd2: ['28.15.10.120'],
  monthlyCapacity: '5000',
  unit: '796',
  minOrderQuantity: '100',
  leadTimeDays: 45,
  deliveryRegionCodes: [],
  analogues: ['SKF 32210', 'FAG 32210'],
  localization: { pp719RegistryNumber: '10123456', validUntil: '2031-12-31' },
  ...overrides,
});

export async function postCapability(app: App, token: string, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/capabilities',
    headers: bearer(token),
    payload: capabilityBody(overrides),
  });
  if (response.statusCode !== 201) throw new Error(`post capability failed: ${response.body}`);
  return response.json() as { id: string; version: number; [key: string]: unknown };
}

/** Polls until `check` returns a truthy value (or throws with `what` after `timeoutMs`). */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T>,
  timeoutMs = 15_000,
  intervalMs = 50,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export type RunningWorker = { queues: Queues; workers: Worker[]; stop: () => Promise<void> };

/**
 * The worker's pieces in-process, as worker.ts wires them: the outbox relay and BullMQ workers for the
 * matching and notification jobs, against the test's database and QUEUE_PREFIX.
 */
export async function startInProcessWorker(
  database: Database,
  options: {
    redisUrl: string;
    prefix: string;
    /** The API's JWT_SECRET: "not our product" links in e-mails are signed with it. */
    secret: string;
    smtpUrl?: string;
    publicUrl?: string;
    concurrency?: number;
    /**
     * Handlers of other features this worker runs too. One worker per queue carries them all: a second
     * worker on the same queue would take jobs it has no handler for and fail them into backoff.
     */
    moreHandlers?: HandlerEntry[];
  },
): Promise<RunningWorker> {
  const producer = createRedis(options.redisUrl, 'worker', silent);
  const queues = createQueues(producer, options.prefix);
  // BullMQ prints unhandled connection errors; outage tests cause them on purpose.
  for (const queue of Object.values(queues)) queue.on('error', () => undefined);
  const relay = startOutboxRelay({ pool: database.pool, queues, log: silent, pollMs: 200 });
  const mailer = options.smtpUrl ? createMailer(options.smtpUrl, 'Zamena <noreply@zamena.test>') : undefined;
  // The tests' receivers listen on this machine.
  const dispatcher = createWebhookDispatcher({
    db: database.db,
    timeoutMs: 2000,
    allowPrivateAddresses: true,
  });
  const connection = createRedis(options.redisUrl, 'worker', silent);
  const workers = startWorkers({
    connection,
    prefix: options.prefix,
    concurrency: options.concurrency ?? 4,
    handlers: handlerTable([
      ...matchingJobHandlers({ db: database.db, pool: database.pool }),
      ...notificationJobHandlers({
        db: database.db,
        redis: producer,
        prefix: options.prefix,
        publicUrl: options.publicUrl ?? 'http://zamena.test',
        mailer,
        webhooks: dispatcher,
        feedbackLink: feedbackLinks(
          options.publicUrl ?? 'http://zamena.test',
          createFeedbackTokens(options.secret),
        ),
      }),
      ...webhookJobHandlers(dispatcher),
      ...subscriptionJobHandlers({
        db: database.db,
        mailer,
        publicUrl: options.publicUrl ?? 'http://zamena.test',
        unsubscribeLink: unsubscribeLink(
          options.publicUrl ?? 'http://zamena.test',
          createUnsubscribeTokens(options.secret),
        ),
      }),
      ...(options.moreHandlers ?? []),
    ]),
    log: silent,
  });
  return {
    queues,
    workers,
    async stop() {
      await relay.stop();
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(
        Object.values(queues).map((queue) => queue.obliterate({ force: true }).catch(() => undefined)),
      );
      await closeQueues(queues);
      mailer?.close();
      producer.disconnect();
      connection.disconnect();
    },
  };
}

export type ReceivedMail = { from: string; to: string[]; raw: string };

/** A real SMTP server (smtp-server) that keeps what it receives. */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ReceivedWebhook = { headers: http.IncomingHttpHeaders; body: string };

/** A real HTTP server receiving webhooks; `status` decides what it answers next. */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const state = { status: 200 };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/zamena`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The decoded text of a single-part message (base64 or quoted-printable), to look for words in a test. */
export function mailText(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split);
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  if (/content-transfer-encoding:\s*base64/i.test(headers)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Invites a member into the owner's organization and signs them in through the invitation. */
export async function addMember(
  app: App,
  owner: { token: string; organizationId: string },
  language: 'ru' | 'en',
) {
  const email = `member.${Date.now()}.${Math.random().toString(36).slice(2)}@example.ru`;
  const invited = await app.inject({
    method: 'POST',
    url: `/api/v1/organizations/${owner.organizationId}/invitations`,
    headers: bearer(owner.token),
    payload: { email, fullName: 'Member Person' },
  });
  if (invited.statusCode !== 201) throw new Error(`invite failed: ${invited.body}`);
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/invitations/accept',
    payload: { token: invited.json().token, password: 'member password 1', language },
  });
  if (accepted.statusCode !== 201) throw new Error(`accept failed: ${accepted.body}`);
  return { token: accepted.json().accessToken as string, userId: accepted.json().user.id as string, email };
}

export type WorkerProcess = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * The real worker entry as a child process (`node --import tsx server/src/worker.ts`, not through npx,
 * so a signal reaches the worker itself) against the test's database and queue prefix.
 */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/worker.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}
