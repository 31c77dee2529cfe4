import { randomUUID } from 'node:crypto';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '@zamena/shared/notifications/notification-kinds.schemas';
import type {
  UpdateWebhookSettings,
  WebhookSettings,
  WebhookDelivery,
  WebhookDeliveryListQuery,
  WebhookDeliveryPage,
  WebhookSecretRequest,
  WebhookSecretResponse,
} from '@zamena/shared/notifications/webhooks.schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { addToOutbox } from '../../queue/outbox';
import { recordAudit } from '../audit/audit.repo';
import type { OrganizationsService } from '../organizations/organizations.service';
import { resolvedHostRefusal } from './public-address';
import { generateWebhookSecret } from './signature';
import { deliverWebhookJob, deliverWebhookJobId } from './webhooks.jobs';
import { createWebhooksRepo, type DeliveryRow, type EndpointRow } from './webhooks.repo';

type Deps = {
  db: Db;
  organizations: Pick<OrganizationsService, 'findRow'>;
  /** Development and tests only: receivers on this machine or a private network. */
  allowPrivateAddresses?: boolean;
};

const toDelivery = (row: Omit<DeliveryRow, 'organizationId'>): WebhookDelivery => ({
  id: row.id,
  eventKey: row.eventKey,
  url: row.url,
  kind: typeof row.payload.kind === 'string' ? row.payload.kind : null,
  status: row.status as WebhookDelivery['status'],
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
});

/** The kind of the deliveries the owner asks for to try the receiver. */
const TEST_KIND = 'webhook.test';

const toSettings = (endpoint: EndpointRow | undefined, mutedKinds: string[]): WebhookSettings => ({
  endpoint: endpoint
    ? { url: endpoint.url, active: endpoint.active, updatedAt: endpoint.updatedAt.toISOString() }
    : null,
  mutedKinds: mutedKinds.filter((kind): kind is NotificationKind =>
    (NOTIFICATION_KINDS as readonly string[]).includes(kind),
  ),
});

/** An organization's webhook endpoint and delivery log: its owner (or an administrator) only. */
export function createWebhooksService({ db, organizations, allowPrivateAddresses = false }: Deps) {
  const repo = createWebhooksRepo(db);

  async function ownedBy(organizationId: string, actor: Actor): Promise<void> {
    const organization = await organizations.findRow(organizationId);
    // Another organization's webhook settings are private: answered as missing (DESIGN.md §3).
    if (!organization || (organization.id !== actor.organizationId && !actor.isAdmin)) {
      throw new NotFoundError('Organization');
    }
    if (!actor.isAdmin && actor.role !== 'owner') {
      throw new ForbiddenError('owner_only', 'Only the organization owner manages its webhooks');
    }
  }

  return {
    /** Sets the URL and returns a new secret, once; the previous secret stops working at once. */
    async setEndpoint(
      organizationId: string,
      input: WebhookSecretRequest,
      actor: Actor,
    ): Promise<WebhookSecretResponse> {
      await ownedBy(organizationId, actor);
      // Names are checked again, resolved, on every delivery (webhook-dispatcher.ts).
      const refusal = allowPrivateAddresses ? null : await resolvedHostRefusal(input.url);
      if (refusal) {
        throw new ValidationError('The webhook URL is not on the public internet', [
          { path: 'url', message: `must be a public internet address: ${refusal}` },
        ]);
      }
      const secret = generateWebhookSecret();
      return db.transaction(async (tx) => {
        const before = await createWebhooksRepo(tx).endpoint(organizationId);
        const row = await createWebhooksRepo(tx).saveEndpoint(organizationId, input.url, secret);
        await recordAudit(tx, {
          actor,
          action: 'organization.webhook_secret_rotated',
          entityType: 'organization',
          entityId: organizationId,
          // Never the secret itself.
          before: before ? { url: before.url, active: before.active } : null,
          after: { url: row.url, active: row.active },
        });
        return {
          organizationId,
          url: row.url,
          active: row.active,
          secret,
          updatedAt: row.updatedAt.toISOString(),
        };
      });
    },

    /** The endpoint without its secret, and the kinds the owner chose not to receive. */
    async settings(organizationId: string, actor: Actor): Promise<WebhookSettings> {
      await ownedBy(organizationId, actor);
      const [endpoint, mutedKinds] = await Promise.all([
        repo.endpoint(organizationId),
        repo.mutedKinds(organizationId),
      ]);
      return toSettings(endpoint, mutedKinds);
    },

    async updateSettings(
      organizationId: string,
      input: UpdateWebhookSettings,
      actor: Actor,
    ): Promise<WebhookSettings> {
      await ownedBy(organizationId, actor);
      const mutedKinds = [...new Set(input.mutedKinds)].sort();
      await db.transaction(async (tx) => {
        const txRepo = createWebhooksRepo(tx);
        const before = await txRepo.mutedKinds(organizationId);
        await txRepo.setMutedKinds(organizationId, mutedKinds);
        await recordAudit(tx, {
          actor,
          action: 'organization.webhook_kinds_changed',
          entityType: 'organization',
          entityId: organizationId,
          before: { mutedKinds: before },
          after: { mutedKinds },
        });
      });
      return toSettings(await repo.endpoint(organizationId), mutedKinds);
    },

    /** Queues a `webhook.test` delivery to the current endpoint, signed like every other one. */
    async sendTest(organizationId: string, actor: Actor): Promise<WebhookDelivery> {
      await ownedBy(organizationId, actor);
      const endpoint = await repo.endpoint(organizationId);
      if (!endpoint?.active) {
        throw new ConflictError('no_webhook_endpoint', 'Set the webhook URL before sending a test event');
      }
      return db.transaction(async (tx) => {
        const txRepo = createWebhooksRepo(tx);
        const eventKey = `webhook-test:${randomUUID()}`;
        const id = await txRepo.insertDelivery({
          organizationId,
          eventKey,
          url: endpoint.url,
          payload: {
            kind: TEST_KIND,
            payload: { requestedBy: actor.userId },
            createdAt: new Date().toISOString(),
          },
        });
        await addToOutbox(tx, deliverWebhookJob, { deliveryId: id! }, deliverWebhookJobId(id!), TEST_KIND);
        return toDelivery((await txRepo.delivery(id!))!);
      });
    },

    /** Sends a failed delivery again, with a fresh round of automatic retries. */
    async retry(organizationId: string, deliveryId: string, actor: Actor): Promise<WebhookDelivery> {
      await ownedBy(organizationId, actor);
      return db.transaction(async (tx) => {
        const txRepo = createWebhooksRepo(tx);
        const before = await txRepo.delivery(deliveryId);
        if (!before || before.organizationId !== organizationId) throw new NotFoundError('Delivery');
        if (!(await txRepo.reopenFailed(deliveryId, organizationId))) {
          throw new ConflictError('delivery_not_failed', 'Only a failed delivery can be sent again');
        }
        // A new job id: BullMQ keeps the finished job under the first one and would ignore it.
        const jobId = `${deliverWebhookJobId(deliveryId)}-retry-${before.attempts}`;
        await addToOutbox(tx, deliverWebhookJob, { deliveryId }, jobId, 'webhook.retry');
        await recordAudit(tx, {
          actor,
          action: 'organization.webhook_retried',
          entityType: 'organization',
          entityId: organizationId,
          after: { deliveryId },
        });
        return toDelivery((await txRepo.delivery(deliveryId))!);
      });
    },

    async deliveries(
      organizationId: string,
      query: WebhookDeliveryListQuery,
      actor: Actor,
    ): Promise<WebhookDeliveryPage> {
      await ownedBy(organizationId, actor);
      const rows = await repo.page(
        organizationId,
        query.cursor ? decodeCursor(query.cursor, 'date') : undefined,
        query.limit + 1,
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toDelivery),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'date', key: last.sortKey, id: last.id })
            : null,
      };
    },
  };
}
export type WebhooksService = ReturnType<typeof createWebhooksService>;
