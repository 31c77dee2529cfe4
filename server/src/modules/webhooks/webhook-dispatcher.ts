import { UnrecoverableError, type Job } from 'bullmq';
import { Agent, fetch } from 'undici';
import type { Db } from '../../db/client';
import { addToOutbox } from '../../queue/outbox';
import { handle } from '../../queue/worker-runtime';
import { assertPublicLiteral, PrivateAddressError, publicOnlyLookup } from './public-address';
import { signBody } from './signature';
import { deliverWebhookJob, deliverWebhookJobId } from './webhooks.jobs';
import { createWebhooksRepo } from './webhooks.repo';

export type WebhookEvent = {
  organizationId: string;
  /** The notification's dedupe key: one delivery per organization per event. */
  eventKey: string;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
};

export type DeliveryOutcome = 'delivered' | 'retry' | 'failed' | 'skipped';

const TIMEOUT_MS = 10_000;
const MAX_ERROR_LENGTH = 500;

/** 4xx other than timeout and rate limit will not change on retry; 5xx and network errors may. */
const isPermanent = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

/** fetch reports a failed connection as "fetch failed"; the reason is at the end of its causes. */
function rootCause(thrown: unknown): Error {
  let error = thrown instanceof Error ? thrown : new Error(String(thrown));
  while (error.cause instanceof Error) error = error.cause;
  return error;
}

/**
 * Worker side of webhooks: `queueMany` records a delivery (once per organization and event) and its job in
 * one transaction; `deliver` signs and POSTs it, logs every attempt, and lets BullMQ retry failures
 * with exponential backoff until the attempts run out. Receivers must be on the public internet (see
 * public-address.ts) unless `allowPrivateAddresses` (development, tests): a receiver that is not is
 * refused for good, without a request.
 */
export function createWebhookDispatcher({
  db,
  timeoutMs = TIMEOUT_MS,
  allowPrivateAddresses = false,
}: {
  db: Db;
  timeoutMs?: number;
  allowPrivateAddresses?: boolean;
}) {
  const repo = createWebhooksRepo(db);
  const connections = allowPrivateAddresses
    ? undefined
    : new Agent({ connect: { lookup: publicOnlyLookup } });

  /**
   * Records a delivery for every event whose organization has an active endpoint, once per
   * organization and event key, each with its job through the outbox, in one transaction.
   * Returns how many deliveries are new.
   */
  async function queueMany(events: WebhookEvent[]): Promise<number> {
    const unique = new Map(events.map((event) => [`${event.organizationId} ${event.eventKey}`, event]));
    if (unique.size === 0) return 0;
    const endpoints = await repo.activeEndpoints([...new Set(events.map((event) => event.organizationId))]);
    const urls = new Map(endpoints.map((endpoint) => [endpoint.organizationId, endpoint.url]));
    const due = [...unique.values()].filter((event) => urls.has(event.organizationId));
    if (due.length === 0) return 0;
    return db.transaction(async (tx) => {
      let queued = 0;
      for (const event of due) {
        const id = await createWebhooksRepo(tx).insertDelivery({
          organizationId: event.organizationId,
          eventKey: event.eventKey,
          url: urls.get(event.organizationId)!,
          payload: { kind: event.kind, payload: event.payload, createdAt: event.createdAt.toISOString() },
        });
        if (!id) continue;
        await addToOutbox(tx, deliverWebhookJob, { deliveryId: id }, deliverWebhookJobId(id), event.kind);
        queued += 1;
      }
      return queued;
    });
  }

  async function deliver(
    deliveryId: string,
    job: Pick<Job, 'attemptsMade' | 'opts'>,
  ): Promise<DeliveryOutcome> {
    const delivery = await repo.delivery(deliveryId);
    if (!delivery || delivery.status !== 'pending') return 'skipped';
    const endpoint = await repo.endpoint(delivery.organizationId);
    if (!endpoint?.active) {
      await repo.markFailed(deliveryId, 'the webhook endpoint was removed');
      return 'failed';
    }
    const stored = delivery.payload as {
      kind?: string;
      payload?: Record<string, unknown>;
      createdAt?: string;
    };
    const body = JSON.stringify({
      id: delivery.id,
      event: delivery.eventKey,
      kind: stored.kind ?? 'unknown',
      organizationId: delivery.organizationId,
      payload: stored.payload ?? {},
      createdAt: stored.createdAt ?? delivery.createdAt.toISOString(),
    });
    const attempt = job.attemptsMade + 1;
    const lastAttempt = attempt >= (job.opts.attempts ?? 1);
    let statusCode: number | null = null;
    let refused = false;
    let error: string;
    try {
      if (!allowPrivateAddresses) assertPublicLiteral(endpoint.url);
      // The current endpoint: a rotated secret or a moved URL applies to pending deliveries too.
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Zamena-Webhooks/1',
          'x-zamena-event-id': delivery.id,
          'x-zamena-event': stored.kind ?? 'unknown',
          'x-zamena-delivery-attempt': String(attempt),
          'x-zamena-signature': signBody(endpoint.secret, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        dispatcher: connections,
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (response.ok) {
        await repo.recordAttempt(deliveryId, {
          url: endpoint.url,
          status: 'delivered',
          statusCode,
          error: null,
        });
        return 'delivered';
      }
      error = `HTTP ${statusCode}`;
    } catch (thrown) {
      const cause = rootCause(thrown);
      refused = cause instanceof PrivateAddressError;
      error = cause.message.slice(0, MAX_ERROR_LENGTH);
    }
    const permanent = refused || (statusCode !== null && isPermanent(statusCode));
    const failed = permanent || lastAttempt;
    await repo.recordAttempt(deliveryId, {
      url: endpoint.url,
      status: failed ? 'failed' : 'pending',
      statusCode,
      error,
    });
    if (permanent) throw new UnrecoverableError(`webhook refused: ${error}`);
    throw new Error(`webhook delivery failed: ${error}`);
  }

  return { queueMany, deliver };
}
export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;

export const webhookJobHandlers = (dispatcher: WebhookDispatcher) => [
  handle(deliverWebhookJob, ({ deliveryId }, job) => dispatcher.deliver(deliveryId, job)),
];
