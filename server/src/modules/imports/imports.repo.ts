import { and, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { ImportRowError } from '@zamena/shared/imports/imports.schemas';
import { findActor } from '../auth/actors.repo';
import type { DbExecutor } from '../../db/client';
import { imports, organizations } from '../../db/schema';
import type { Actor } from '../../lib/actor';

/** First key of the advisory lock an import's final transaction holds (the second: its id's hash). */
const IMPORT_LOCK_CLASS = 5_120_001;

// The uploaded bytes are read by the job alone, never listed or returned.
const { content: _content, ...columns } = getTableColumns(imports);

export type ImportRow = Omit<typeof imports.$inferSelect, 'content'>;
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

    /** The end of an import: its outcome (the rows written are the rows imported), and the uploaded bytes dropped. */
    async finish(id: string, outcome: ImportOutcome): Promise<void> {
      await db
        .update(imports)
        .set({ ...outcome, writtenRows: outcome.importedCount, content: null, finishedAt: sql`now()` })
        .where(eq(imports.id, id));
    },

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
