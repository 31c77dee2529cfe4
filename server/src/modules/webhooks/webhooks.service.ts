import type {
  WebhookDelivery,
  WebhookDeliveryListQuery,
  WebhookDeliveryPage,
  WebhookSecretRequest,
  WebhookSecretResponse,
} from '@zamena/shared/notifications/webhooks.schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import type { OrganizationsService } from '../organizations/organizations.service';
import { resolvedHostRefusal } from './public-address';
import { generateWebhookSecret } from './signature';
import { createWebhooksRepo, type DeliveryRow } from './webhooks.repo';

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
