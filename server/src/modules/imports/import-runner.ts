import type { CreateCapability } from '@zamena/shared/capabilities/capabilities.schemas';
import type { Cell } from '@zamena/shared/imports/cell-values';
import { IMPORT_COLUMNS, type ImportColumn, matchHeaders } from '@zamena/shared/imports/import-columns';
import { columnKeyOfPath, pathOfColumn } from '@zamena/shared/imports/import-rows';
import type { ImportKind, ImportRowError } from '@zamena/shared/imports/imports.schemas';
import type { CreateNeed } from '@zamena/shared/needs/needs.schemas';
import type { Db, DbExecutor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import type { CapabilitiesService } from '../capabilities/capabilities.service';
import type { NeedsService } from '../needs/needs.service';
import { notifyUser } from '../notifications/notify';
import { annotateFile } from './annotated-file';
import { detectFormat, readRows } from './file-reader';
import { type CheckedRow, checkRows } from './import-check';
import { capped, fileError, problemAt, REFUSAL_CODES } from './import-report';
import { SHEET_NAMES } from './import-template';
import { createImportsRepo, type ImportOutcome } from './imports.repo';
import { FileReadError, type FileFormat, type ReadLimits, readProblem, type SheetRow } from './sheet-rows';

export type ImportRunnerDeps = {
  db: Db;
  /** Builds the service on an executor: the import runs it inside its own transaction. */
  needsFor: (db: DbExecutor) => Pick<NeedsService, 'createMany' | 'checkMany'>;
  capabilitiesFor: (db: DbExecutor) => Pick<CapabilitiesService, 'createMany' | 'checkMany'>;
  /** `maxRows`: data rows below the header (IMPORT_MAX_ROWS); `maxUnpackedBytes`: IMPORT_MAX_UNPACKED_BYTES. */
  limits: ReadLimits;
  clock?: () => Date;
};

/** A title or note above the header is tolerated: the header is the first of these rows naming columns. */
const HEADER_SEARCH_ROWS = 10;

type ValidRow = { row: number; input: CreateNeed | CreateCapability };

const cellText = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));

/** The import being run, as the uploader will read about it. */
type Upload = { id: string; kind: ImportKind; filename: string; userId: string };

/** The file as read and laid out: what the annotated copy is made from. */
type Layout = { format: FileFormat; rows: SheetRow[]; headerRow: number; positions: Map<string, number> };

/**
 * The end of an import and, in the same transaction, the uploader's notification (`import.finished`,
 * once per import by its dedupe key), so someone who left the page hears how it went.
 * `organizationId` undefined: the uploader is gone, nobody to tell.
 */
async function finishAndTell(
  executor: DbExecutor,
  upload: Upload,
  organizationId: string | undefined,
  outcome: ImportOutcome,
  annotated?: Buffer,
) {
  await createImportsRepo(executor).finish(upload.id, outcome, annotated);
  if (!organizationId) return;
  await notifyUser(
    executor,
    { userId: upload.userId, organizationId },
    {
      kind: 'import.finished',
      payload: {
        importId: upload.id,
        kind: upload.kind,
        filename: upload.filename,
        status: outcome.status,
        importedCount: outcome.importedCount,
      },
      dedupeKey: `import-finished-${upload.id}`,
    },
  );
}

export function createImportRunner({
  db,
  needsFor,
  capabilitiesFor,
  limits,
  clock = () => new Date(),
}: ImportRunnerDeps) {
  const repo = createImportsRepo(db);

  const failed = (errors: ImportRowError[], processedRows = 0): ImportOutcome => ({
    status: 'failed',
    importedCount: 0,
    processedRows,
    errors: capped(errors),
  });

  /** The header row, the columns it names, and the data rows below it; or why the file is refused. */
  function layout(rows: SheetRow[], columns: readonly ImportColumn[]) {
    if (rows.length === 0) return { errors: [fileError('file_empty')] };
    const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
    const header = candidates.find((row) => matchHeaders(columns, row.cells.map(cellText)).written.size >= 2);
    if (!header) {
      const expected = columns.filter((column) => column.required).map((column) => column.ru);
      return {
        errors: [
          problemAt(rows[0]!.number, 'header', {
            code: 'no_header',
            params: { columns: expected.join(', ') },
          }),
        ],
      };
    }
    const match = matchHeaders(columns, header.cells.map(cellText));
    if (match.missing.length > 0) {
      return {
        errors: match.missing.map((column) =>
          problemAt(header.number, pathOfColumn(column.key), { code: 'column_missing' }, column.ru),
        ),
      };
    }
    const data = rows.filter((row) => row.number > header.number);
    if (data.length === 0) return { errors: [problemAt(header.number, 'file', { code: 'no_rows' })] };
    if (data.length > limits.maxRows)
      return { errors: [fileError('too_many_rows', { max: limits.maxRows })] };
    return { match, data, header };
  }

  /** Checks every row with the API's schemas and the reference data, reporting progress as it goes. */
  async function validate(importId: string, kind: ImportKind, rows: SheetRow[], format: FileFormat) {
    const columns = IMPORT_COLUMNS[kind];
    const laidOut = layout(rows, columns);
    if (!laidOut.match) return { errors: laidOut.errors, valid: [] as ValidRow[], processedRows: 0 };
    const { match, data, header } = laidOut;
    // The template's header, whatever the file wrote: the same words in every report.
    const columnName = (path: string) => columns.find((column) => column.key === columnKeyOfPath(path))?.ru;
    const order = (path: string) => columns.findIndex((column) => column.key === columnKeyOfPath(path));
    await repo.progress(importId, { totalRows: data.length, processedRows: 0 });
    const checked: CheckedRow[] = await checkRows({
      repo,
      kind,
      columns,
      match,
      data,
      today: clock().toISOString().slice(0, 10),
      progress: (processedRows) => repo.progress(importId, { processedRows }),
    });
    const errors = checked.flatMap(({ row, problems }) =>
      problems.map((problem) => problemAt(row, problem.path, problem, columnName(problem.path))),
    );
    await repo.progress(importId, { processedRows: data.length });
    const positions = new Map([...match.byPosition].map(([position, column]) => [column.key, position]));
    return {
      errors,
      valid: checked.flatMap(({ row, input }) => (input ? [{ row, input }] : [])),
      columnName,
      order,
      processedRows: data.length,
      layout: { format, rows, headerRow: header.number, positions } satisfies Layout,
    };
  }

  /** The service refused rows of the batch (paths `3.okpd2`): back to the file's row numbers. */
  function refusedRows(error: AppError, valid: ValidRow[], columnName: (path: string) => string | undefined) {
    if (error.status !== 400 || !error.errors?.length) {
      return [fileError('refused', { detail: error.message })];
    }
    return error.errors.map(({ path, message }) => {
      const [index, ...rest] = path.split('.');
      const field = rest.join('.');
      const code = REFUSAL_CODES[message] ?? 'refused';
      const problem = code === 'refused' ? { code, params: { detail: message } } : { code };
      return problemAt(valid[Number(index)]?.row ?? 0, field, problem, columnName(field));
    });
  }

  async function annotate(
    checked: Awaited<ReturnType<typeof validate>>,
    problems: ImportRowError[],
    kind: ImportKind,
    userId: string,
  ) {
    if (!checked.layout || !problems.some((problem) => problem.row > checked.layout.headerRow))
      return undefined;
    const language = (await repo.languageOf(userId)) === 'en' ? 'en' : 'ru';
    return annotateFile({
      ...checked.layout,
      problems,
      columnKeyOf: columnKeyOfPath,
      language,
      sheetName: SHEET_NAMES[kind],
    });
  }

  async function write(upload: Upload, actor: Actor, checked: Awaited<ReturnType<typeof validate>>) {
    const { id: importId, kind } = upload;
    const { errors, valid, processedRows } = checked;
    const inputs = valid.map((row) => row.input);
    // Set from outside the transaction (the pool's connection), so the client sees it while it runs.
    const progress = (writtenRows: number) => repo.progress(importId, { writtenRows });
    // Built on the import's transaction (or a savepoint in it): everything they run stays inside it.
    const check = (executor: DbExecutor) =>
      kind === 'needs'
        ? needsFor(executor).checkMany(inputs as CreateNeed[], actor)
        : capabilitiesFor(executor).checkMany(inputs as CreateCapability[], actor);
    const create = (executor: DbExecutor) =>
      kind === 'needs'
        ? needsFor(executor).createMany(inputs as CreateNeed[], actor, progress)
        : capabilitiesFor(executor).createMany(inputs as CreateCapability[], actor, progress);
    await db.transaction(async (tx) => {
      // A retried job whose first run finished (or a second worker) finds the import finished: nothing twice.
      if (!(await createImportsRepo(tx).lockUnfinished(importId))) return;
      const refused: ImportRowError[] = [];
      let imported = 0;
      try {
        // Nothing goes in when rows were bad: the service is only asked what it refuses among the others.
        if (errors.length > 0) {
          if (inputs.length > 0) await check(tx);
        } else {
          // A savepoint, so that a refusal met while writing undoes the rows but not the outcome below.
          await tx.transaction(async (savepoint) => {
            imported = (await create(savepoint)).length;
          });
        }
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused.push(...refusedRows(error, valid, checked.columnName ?? (() => undefined)));
      }
      const order = checked.order ?? (() => 0);
      const all = [...errors, ...refused].sort((a, b) => a.row - b.row || order(a.path) - order(b.path));
      if (all.length === 0) {
        const outcome = { status: 'succeeded' as const, importedCount: imported, processedRows, errors: [] };
        return finishAndTell(tx, upload, actor.organizationId, outcome);
      }
      const annotated = await annotate(checked, all, kind, upload.userId);
      await finishAndTell(tx, upload, actor.organizationId, failed(all, processedRows), annotated);
    });
  }

  return {
    /**
     * Runs one import: reads the file, checks every row, writes all rows or none. Idempotent: a
     * finished import is left alone. `lastAttempt`: an unexpected failure then fails the import
     * instead of leaving it running.
     */
    async run(importId: string, { lastAttempt = true }: { lastAttempt?: boolean } = {}): Promise<void> {
      const found = await repo.findWithContent(importId);
      if (!found || found.finishedAt) return;
      const kind = found.kind as ImportKind;
      const upload: Upload = { id: importId, kind, filename: found.filename, userId: found.userId };
      const actor = await repo.actorOf(found.userId);
      const fail = (error: ImportRowError) =>
        db.transaction((tx) => finishAndTell(tx, upload, actor?.organizationId, failed([error])));
      const verdict = found.content ? detectFormat(found.filename, '', found.content) : undefined;
      if (!actor) return fail(fileError('uploader_gone'));
      if (!found.content || !verdict || 'refused' in verdict) {
        return fail(
          fileError(found.filename.toLowerCase().endsWith('.csv') ? 'unreadable_csv' : 'unreadable_xlsx'),
        );
      }
      if (found.content.length === 0) return fail(fileError('file_empty'));
      await repo.progress(importId, { status: 'running', processedRows: 0, writtenRows: 0 });
      try {
        let rows: SheetRow[];
        try {
          // A title or notes may stand above the header: the reader's limit leaves room for them.
          const readLimits = { ...limits, maxRows: limits.maxRows + HEADER_SEARCH_ROWS };
          rows = await readRows(verdict.format, found.content, readLimits);
        } catch (error) {
          if (!(error instanceof FileReadError)) throw error;
          const { code, params } = readProblem(error.problem, verdict.format, limits);
          return await fail(fileError(code, params));
        }
        await write(upload, actor, await validate(importId, kind, rows, verdict.format));
      } catch (error) {
        if (!lastAttempt) throw error;
        await fail(fileError('internal'));
        throw error;
      }
    },
  };
}
export type ImportRunner = ReturnType<typeof createImportRunner>;
