import type { AuditFilters, AuditObjectType } from '@zamena/shared/audit/audit.schemas';
import { and, desc, eq, gte, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import {
  auditEvents,
  bids,
  capabilities,
  imports,
  invitations,
  lotBids,
  matches,
  messages,
  needs,
  orders,
  organizations,
  users,
} from '../../db/schema';
import { escapeLike } from '../../db/search-sql';

/**
 * The ids (as text, like `entity_id`) of an organization's own objects of each kind: what its members
 * may read the history of. Kinds without an owner here (lots, support measures) belong to analysts.
 */
const OWNED_IDS: Partial<Record<AuditObjectType, (organizationId: string) => SQL>> = {
  organization: (org) => sql`SELECT ${org}::text`,
  user: (org) => sql`SELECT ${users.id}::text FROM ${users} WHERE ${users.organizationId} = ${org}`,
  invitation: (org) =>
    sql`SELECT ${invitations.id}::text FROM ${invitations} WHERE ${invitations.organizationId} = ${org}`,
  need: (org) =>
    sql`SELECT ${needs.id}::text FROM ${needs}
        WHERE ${needs.buyerOrganizationId} = ${org} OR ${needs.postedByOrganizationId} = ${org}`,
  capability: (org) =>
    sql`SELECT ${capabilities.id}::text FROM ${capabilities}
        WHERE ${capabilities.manufacturerOrganizationId} = ${org}`,
  match: (org) =>
    sql`SELECT ${matches.id}::text FROM ${matches} JOIN ${needs} ON ${needs.id} = ${matches.needId}
        WHERE ${matches.manufacturerOrganizationId} = ${org} OR ${needs.buyerOrganizationId} = ${org}`,
  bid: (org) =>
    sql`SELECT ${bids.id}::text FROM ${bids} JOIN ${needs} ON ${needs.id} = ${bids.needId}
        WHERE ${bids.bidderOrganizationId} = ${org} OR ${needs.buyerOrganizationId} = ${org}`,
  order: (org) =>
    sql`SELECT ${orders.id}::text FROM ${orders}
        WHERE ${orders.buyerOrganizationId} = ${org} OR ${orders.supplierOrganizationId} = ${org}`,
  message: (org) =>
    sql`SELECT ${messages.id}::text FROM ${messages} WHERE ${messages.authorOrganizationId} = ${org}`,
  import: (org) => sql`SELECT ${imports.id}::text FROM ${imports} WHERE ${imports.organizationId} = ${org}`,
  lot_bid: (org) =>
    sql`SELECT ${lotBids.id}::text FROM ${lotBids} WHERE ${lotBids.bidderOrganizationId} = ${org}`,
};

/** An organization sees what its members did and the history of its own objects. */
function visibleTo(organizationId: string): SQL {
  const owned = Object.entries(OWNED_IDS).map(
    ([type, ids]) =>
      sql`(${auditEvents.entityType} = ${type} AND ${auditEvents.entityId} IN (${ids(organizationId)}))`,
  );
  return or(eq(auditEvents.actorOrganizationId, organizationId), ...owned)!;
}

function filtersOf(filters: AuditFilters): (SQL | undefined)[] {
  const action = filters.action;
  return [
    filters.objectType ? eq(auditEvents.entityType, filters.objectType) : undefined,
    filters.objectId ? eq(auditEvents.entityId, filters.objectId) : undefined,
    filters.organizationId ? eq(auditEvents.actorOrganizationId, filters.organizationId) : undefined,
    filters.actorUserId ? eq(auditEvents.actorUserId, filters.actorUserId) : undefined,
    action
      ? action.endsWith('.')
        ? like(auditEvents.action, `${escapeLike(action)}%`)
        : eq(auditEvents.action, action)
      : undefined,
    filters.from ? gte(auditEvents.createdAt, new Date(filters.from)) : undefined,
    filters.to ? lte(auditEvents.createdAt, new Date(filters.to)) : undefined,
  ];
}

export type AuditEventRow = {
  id: number;
  createdAt: Date;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  actorName: string | null;
  actorOrganizationName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

export function createAuditQueryRepo(db: DbExecutor) {
  return {
    /** Newest first, `limit` events after the event numbered `beforeId`; `viewer` null sees everything. */
    page(
      filters: AuditFilters,
      options: { viewer: string | null; beforeId?: number; limit: number },
    ): Promise<AuditEventRow[]> {
      return db
        .select({
          id: auditEvents.id,
          createdAt: auditEvents.createdAt,
          actorUserId: auditEvents.actorUserId,
          actorOrganizationId: auditEvents.actorOrganizationId,
          actorName: users.fullName,
          actorOrganizationName: organizations.name,
          action: auditEvents.action,
          entityType: auditEvents.entityType,
          entityId: auditEvents.entityId,
          before: auditEvents.before,
          after: auditEvents.after,
        })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorUserId))
        .leftJoin(organizations, eq(organizations.id, auditEvents.actorOrganizationId))
        .where(
          and(
            ...filtersOf(filters),
            options.viewer ? visibleTo(options.viewer) : undefined,
            options.beforeId === undefined ? undefined : lt(auditEvents.id, options.beforeId),
          ),
        )
        .orderBy(desc(auditEvents.id))
        .limit(options.limit);
    },

    /** Whether the object is the organization's own (a kind with no owner is nobody's). */
    async owns(organizationId: string, type: AuditObjectType, id: string): Promise<boolean> {
      const ids = OWNED_IDS[type];
      if (!ids) return false;
      const result = await db.execute<{ owned: boolean }>(
        sql`SELECT ${id} IN (${ids(organizationId)}) AS owned`,
      );
      return result.rows[0]?.owned === true;
    },
  };
}
export type AuditQueryRepo = ReturnType<typeof createAuditQueryRepo>;
