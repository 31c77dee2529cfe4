import type {
  Import,
  ImportAccepted,
  ImportKind,
  ImportList,
  ImportListQuery,
  NeedExportQuery,
} from '@zamena/shared/imports/imports.schemas';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { AppError, ForbiddenError, NotFoundError } from '../../lib/errors';
import { addToOutbox } from '../../queue/outbox';
import { recordAudit } from '../audit/audit.repo';
import type { NeedsService } from '../needs/needs.service';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { ReferenceService } from '../reference/reference.service';
import { detectFormat } from './file-reader';
import { buildTemplate } from './import-template';
import { toImport } from './import.mapper';
import { importFileJob, importFileJobId } from './imports.jobs';
import { createImportsRepo } from './imports.repo';
import { EXPORT_PAGE_SIZE, exportNeeds, type NeedExport } from './needs-export';

type Deps = {
  db: Db;
  needs: Pick<NeedsService, 'list'>;
  organizations: Pick<OrganizationsService, 'findRow'>;
  reference: Pick<ReferenceService, 'listRegions'>;
  clock?: () => Date;
};

export type Upload = { filename: string; mimetype: string; content: Buffer };
export type AnnotatedFile = { filename: string; contentType: string; content: Buffer };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An XLSX file is a zip archive; the annotated copy of a CSV upload is text. */
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export class UnsupportedFileError extends AppError {
  constructor(message: string) {
    super(415, 'unsupported_file_type', message);
  }
}

/** Who imports what (DESIGN.md §3): needs by enterprises and centres, capabilities by enterprises; admins both. */
const IMPORTERS: Record<ImportKind, readonly string[]> = {
  needs: ['enterprise', 'center'],
  capabilities: ['enterprise'],
};

export function createImportsService({
  db,
  needs,
  organizations,
  reference,
  clock = () => new Date(),
}: Deps) {
  const repo = createImportsRepo(db);

  /** The services refuse the rows too; this answers at upload time instead of in a failed import. */
  async function assertMayImport(kind: ImportKind, actor: Actor) {
    if (actor.isAdmin) return;
    if (!IMPORTERS[kind].includes(actor.organizationKind)) {
      throw new ForbiddenError(
        'import_not_allowed',
        kind === 'needs' ? 'Associations do not post needs' : 'Only manufacturers post capabilities',
      );
    }
    if (
      actor.organizationKind === 'center' &&
      !(await organizations.findRow(actor.organizationId))?.verified
    ) {
      throw new ForbiddenError(
        'center_not_verified',
        'A centre acts for its region once an association member has verified it',
      );
    }
  }

  return {
    /** Stores the file and queues its import (through the outbox, in the same transaction). */
    async upload(kind: ImportKind, file: Upload, actor: Actor): Promise<ImportAccepted> {
      await assertMayImport(kind, actor);
      const verdict = detectFormat(file.filename, file.mimetype, file.content);
      if ('refused' in verdict) throw new UnsupportedFileError(verdict.refused);
      return db.transaction(async (tx) => {
        const row = await createImportsRepo(tx).insert({
          organizationId: actor.organizationId,
          userId: actor.userId,
          kind,
          filename: file.filename,
          content: file.content,
        });
        await recordAudit(tx, {
          actor,
          action: 'import.created',
          entityType: 'import',
          entityId: row.id,
          after: { kind, filename: file.filename, bytes: file.content.length },
        });
        await addToOutbox(tx, importFileJob, { importId: row.id }, importFileJobId(row.id));
        return { id: row.id, status: 'queued' as const };
      });
    },

    /** The importing organization and analysts see an import; anyone else gets 404 (DESIGN.md §3). */
    async get(id: string, actor: Actor): Promise<Import> {
      const row = await repo.findById(id);
      if (!row || (row.organizationId !== actor.organizationId && !isAnalyst(actor))) {
        throw new NotFoundError('Import');
      }
      return toImport(row);
    },

    /**
     * The annotated copy of a failed import's file (annotated-file.ts), under the uploaded name with
     * «-errors»; seen by whoever sees the import, anyone else (and an import without one) gets 404.
     */
    async annotatedFile(id: string, actor: Actor): Promise<AnnotatedFile> {
      const row = await repo.annotatedFile(id);
      if (!row?.content || (row.organizationId !== actor.organizationId && !isAnalyst(actor))) {
        throw new NotFoundError('Annotated file');
      }
      const format = row.content.subarray(0, 4).equals(ZIP) ? 'xlsx' : 'csv';
      const base = row.filename.replace(/\.[a-z0-9]+$/i, '');
      return {
        filename: `${base}-errors.${format}`,
        contentType: format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8',
        content: row.content,
      };
    },

    async list(query: ImportListQuery, actor: Actor): Promise<ImportList> {
      const rows = await repo.list(actor.organizationId, query.kind, query.limit);
      return { items: rows.map(toImport) };
    },

    async template(kind: ImportKind): Promise<{ filename: string; content: Buffer }> {
      const content = await buildTemplate(kind, await reference.listRegions(), clock());
      return { filename: `zamena-${kind}-template.xlsx`, content };
    },

    /** Every need GET /needs would show this actor, with the buyers' INNs for re-import. */
    exportNeeds(query: NeedExportQuery, actor: Actor): Promise<NeedExport> {
      const { format: _format, ...filters } = query;
      return exportNeeds(
        query,
        async (cursor) => {
          const page = await needs.list({ ...filters, limit: EXPORT_PAGE_SIZE, cursor }, actor);
          const inns = await repo.innsByOrganizationId([
            ...new Set(page.items.map((need) => need.buyerOrganizationId)),
          ]);
          return {
            items: page.items.map((need) => ({ ...need, buyerInn: inns.get(need.buyerOrganizationId) })),
            nextCursor: page.nextCursor,
          };
        },
        clock(),
      );
    },
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
