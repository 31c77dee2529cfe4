import type { AuditEvent, AuditFilters, AuditPage, AuditQuery } from '@zamena/shared/audit/audit.schemas';
import type { Db } from '../../db/client';
import { isAnalyst, type Actor } from '../../lib/actor';
import { NotFoundError } from '../../lib/errors';
import type { CsvCell } from '../imports/csv-writer';
import { createAuditQueryRepo, type AuditEventRow } from './audit.query.repo';

/** Events per statement while an export streams. */
const EXPORT_PAGE = 500;

const toEvent = (row: AuditEventRow): AuditEvent => ({
  id: String(row.id),
  at: row.createdAt.toISOString(),
  actor:
    row.actorUserId || row.actorOrganizationId
      ? {
          userId: row.actorUserId,
          organizationId: row.actorOrganizationId,
          name: row.actorName,
          organizationName: row.actorOrganizationName,
        }
      : null,
  action: row.action,
  objectType: row.entityType,
  objectId: row.entityId,
  before: row.before ?? null,
  after: row.after ?? null,
});

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

export const AUDIT_CSV_HEADER = [
  'at',
  'actor',
  'actor organization',
  'action',
  'object type',
  'object id',
  'before',
  'after',
];

/**
 * The audit trail (DESIGN.md §5 "Audit"): analysts and administrators read all of it; an organization
 * reads what its members did and the history of its own objects, and another organization's object
 * is a 404 as everywhere else.
 */
export function createAuditService({ db }: { db: Db }) {
  const repo = createAuditQueryRepo(db);

  async function viewerFor(filters: AuditFilters, actor: Actor): Promise<string | null> {
    if (isAnalyst(actor)) return null;
    if (filters.objectType && filters.objectId) {
      const owns = await repo.owns(actor.organizationId, filters.objectType, filters.objectId);
      if (!owns) throw new NotFoundError(filters.objectType);
    }
    return actor.organizationId;
  }

  return {
    async list(query: AuditQuery, actor: Actor): Promise<AuditPage> {
      const viewer = await viewerFor(query, actor);
      const rows = await repo.page(query, {
        viewer,
        beforeId: query.cursor === undefined ? undefined : Number(query.cursor),
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      return {
        items: page.map(toEvent),
        nextCursor: rows.length > query.limit ? String(page.at(-1)!.id) : null,
      };
    },

    /** The same events as CSV rows (header first), read page by page as the file is written. */
    async exportRows(filters: AuditFilters, actor: Actor): Promise<AsyncIterable<CsvCell[]>> {
      const viewer = await viewerFor(filters, actor);
      return (async function* () {
        yield AUDIT_CSV_HEADER;
        let beforeId: number | undefined;
        for (;;) {
          const rows = await repo.page(filters, { viewer, beforeId, limit: EXPORT_PAGE });
          for (const row of rows) {
            const event = toEvent(row);
            yield [
              event.at,
              event.actor?.name ?? '',
              event.actor?.organizationName ?? '',
              event.action,
              event.objectType,
              event.objectId,
              json(event.before),
              json(event.after),
            ];
          }
          if (rows.length < EXPORT_PAGE) return;
          beforeId = rows.at(-1)!.id;
        }
      })();
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
