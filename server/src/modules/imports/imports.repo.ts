import { and, desc, eq, getTableColumns, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ImportRowError } from '@zamena/shared/imports/imports.schemas';
import { findActor } from '../auth/actors.repo';
import type { DbExecutor } from '../../db/client';
import { imports, okpd2Codes, organizations, regions, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';

/** First key of the advisory lock an import's final transaction holds (the second: its id's hash). */
const IMPORT_LOCK_CLASS = 5_120_001;

// The stored bytes (the upload while the import runs, then its annotated copy if it failed) are
// read by the job and the annotated-file route alone, never listed.
const { content: _content, ...tableColumns } = getTableColumns(imports);
const columns = { ...tableColumns, hasContent: sql<boolean>`${imports.content} IS NOT NULL` };

export type ImportRow = Omit<typeof imports.$inferSelect, 'content'> & { hasContent: boolean };
export type NewImportRow = typeof imports.$inferInsert;
export type ImportOutcome = {
  status: 'succeeded' | 'failed';
  importedCount: number;
  processedRows: number;
  errors: ImportRowError[];
};

export function createImportsRepo(db: DbExecutor) {
  return {
    async insert(values: NewImportRow): Promise<ImportRow> {
      const [row] = await db.insert(imports).values(values).returning(columns);
      return row!;
    },

    async findById(id: string): Promise<ImportRow | undefined> {
      const [row] = await db.select(columns).from(imports).where(eq(imports.id, id));
      return row;
    },

    async findWithContent(id: string) {
      const [row] = await db.select().from(imports).where(eq(imports.id, id));
      return row;
    },

    list: (organizationId: string, kind: string | undefined, limit: number): Promise<ImportRow[]> =>
      db
        .select(columns)
        .from(imports)
        .where(and(eq(imports.organizationId, organizationId), kind ? eq(imports.kind, kind) : undefined))
        .orderBy(desc(imports.createdAt), desc(imports.id))
        .limit(limit),

    /** Progress the client polls; `totalRows` once the file has been read. */
    async progress(
      id: string,
      values: { status?: 'running'; totalRows?: number; processedRows?: number; writtenRows?: number },
    ) {
      await db.update(imports).set(values).where(eq(imports.id, id));
    },

    /**
     * Takes the import for the final transaction (a retried job or a second worker waits here, then
     * finds it finished: undefined). An advisory lock rather than a row lock, so the write progress can
     * still be set on the row from outside the transaction meanwhile.
     */
    async lockUnfinished(id: string): Promise<ImportRow | undefined> {
      await db.execute(sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_CLASS}, hashtext(${id}))`);
      const [row] = await db.select(columns).from(imports).where(eq(imports.id, id));
      return row && !row.finishedAt ? row : undefined;
    },

    /**
     * The end of an import: its outcome (the rows written are the rows imported). The uploaded bytes
     * give way to the annotated copy of the file when there is one, else are dropped: the import's
     * row keeps what its page offers, and no more.
     */
    async finish(id: string, outcome: ImportOutcome, annotated?: Buffer): Promise<void> {
      await db
        .update(imports)
        .set({
          ...outcome,
          writtenRows: outcome.importedCount,
          content: annotated ?? null,
          finishedAt: sql`now()`,
        })
        .where(eq(imports.id, id));
    },

    /** A finished import's stored bytes: its annotated copy (the upload is dropped when it finishes). */
    async annotatedFile(id: string) {
      const [row] = await db
        .select({
          organizationId: imports.organizationId,
          filename: imports.filename,
          content: imports.content,
        })
        .from(imports)
        .where(and(eq(imports.id, id), eq(imports.status, 'failed'), isNotNull(imports.finishedAt)));
      return row;
    },

    /** The language the uploader reads, for the annotated copy of the file. */
    async languageOf(userId: string): Promise<string | undefined> {
      const [row] = await db.select({ language: users.language }).from(users).where(eq(users.id, userId));
      return row?.language;
    },

    /** Which of these OKPD2 codes the classifier has. */
    async existingOkpd2Codes(codes: string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db
        .select({ code: okpd2Codes.code })
        .from(okpd2Codes)
        .where(inArray(okpd2Codes.code, codes));
      return new Set(rows.map((row) => row.code));
    },

    /** The federal subjects, for reading region cells by code or name. */
    regions: () =>
      db.select({ code: regions.code, nameRu: regions.nameRu, nameEn: regions.nameEn }).from(regions),

    /** Who started the import, as the access token would have named them (undefined: user gone). */
    actorOf: (userId: string): Promise<Actor | undefined> => findActor(db, userId),

    /** Organization ids by INN, for the «ИНН покупателя» / «ИНН производителя» columns. */
    async organizationIdsByInn(inns: string[]): Promise<Map<string, string>> {
      if (inns.length === 0) return new Map();
      const rows = await db
        .select({ id: organizations.id, inn: organizations.inn })
        .from(organizations)
        .where(inArray(organizations.inn, inns));
      return new Map(rows.map((row) => [row.inn!, row.id]));
    },

    /** INNs by organization id, for the export's buyer column. */
    async innsByOrganizationId(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: organizations.id, inn: organizations.inn })
        .from(organizations)
        .where(inArray(organizations.id, ids));
      return new Map(rows.flatMap((row) => (row.inn ? [[row.id, row.inn] as const] : [])));
    },
  };
}
export type ImportsRepo = ReturnType<typeof createImportsRepo>;
