import type { CreateCapability } from '@zamena/shared/capabilities/capabilities.schemas';
import type { Cell } from '@zamena/shared/imports/cell-values';
import { IMPORT_COLUMNS, type ImportColumn, matchHeaders } from '@zamena/shared/imports/import-columns';
import {
  capabilityRowInput,
  columnKeyOfPath,
  needRowInput,
  pathOfColumn,
  type RowFieldError,
  type RowResult,
} from '@zamena/shared/imports/import-rows';
import type { ImportKind, ImportRowError } from '@zamena/shared/imports/imports.schemas';
import type { CreateNeed } from '@zamena/shared/needs/needs.schemas';
import type { Db, DbExecutor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import type { CapabilitiesService } from '../capabilities/capabilities.service';
import type { NeedsService } from '../needs/needs.service';
import { notifyUser } from '../notifications/notify';
import { detectFormat, readRows } from './file-reader';
import { createImportsRepo, type ImportOutcome } from './imports.repo';
import {
  FileReadError,
  readProblemMessage,
  type ReadLimits,
  type SheetRow,
  tooManyRowsMessage,
} from './sheet-rows';

export type ImportRunnerDeps = {
  db: Db;
  /** Builds the service on an executor: the import runs it inside its own transaction. */
  needsFor: (db: Db) => Pick<NeedsService, 'createMany' | 'checkMany'>;
  capabilitiesFor: (db: Db) => Pick<CapabilitiesService, 'createMany' | 'checkMany'>;
  /** `maxRows`: data rows below the header (IMPORT_MAX_ROWS); `maxUnpackedBytes`: IMPORT_MAX_UNPACKED_BYTES. */
  limits: ReadLimits;
};

const PROGRESS_EVERY = 500;
/** A file with thousands of bad rows is reported in part: the first ones show what to fix. */
export const MAX_REPORTED_ERRORS = 500;
/** A title or note above the header is tolerated: the header is the first of these rows naming columns. */
const HEADER_SEARCH_ROWS = 10;

type ValidRow = { row: number; input: CreateNeed | CreateCapability; inn?: string };

const fileError = (message: string): ImportRowError => ({ row: 0, path: 'file', message });

function capped(errors: ImportRowError[]): ImportRowError[] {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  if (sorted.length <= MAX_REPORTED_ERRORS) return sorted;
  const rest = sorted.length - MAX_REPORTED_ERRORS;
  return [...sorted.slice(0, MAX_REPORTED_ERRORS), fileError(`${rest} more errors are not listed`)];
}

const cellText = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));

/** The import being run, as the uploader will read about it. */
type Upload = { id: string; kind: ImportKind; filename: string; userId: string };

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
) {
  await createImportsRepo(executor).finish(upload.id, outcome);
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

export function createImportRunner({ db, needsFor, capabilitiesFor, limits }: ImportRunnerDeps) {
  const repo = createImportsRepo(db);

  const failed = (errors: ImportRowError[], processedRows = 0): ImportOutcome => ({
    status: 'failed',
    importedCount: 0,
    processedRows,
    errors: capped(errors),
  });

  /** The header row, the columns it names, and the data rows below it; or why the file is refused. */
  function layout(rows: SheetRow[], columns: readonly ImportColumn[]) {
    if (rows.length === 0) return { errors: [fileError('The file is empty')] };
    const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
    const header = candidates.find((row) => matchHeaders(columns, row.cells.map(cellText)).written.size >= 2);
    if (!header) {
      const expected = columns.filter((column) => column.required).map((column) => column.ru);
      return {
        errors: [
          {
            row: rows[0]!.number,
            path: 'header',
            message: `No header row: the first row must name the columns (${expected.join(', ')})`,
          },
        ],
      };
    }
    const match = matchHeaders(columns, header.cells.map(cellText));
    if (match.missing.length > 0) {
      return {
        errors: match.missing.map((column) => ({
          row: header.number,
          path: pathOfColumn(column.key),
          column: column.ru,
          message: 'The column is missing',
        })),
      };
    }
    const data = rows.filter((row) => row.number > header.number);
    if (data.length === 0)
      return { errors: [{ row: header.number, path: 'file', message: 'No rows below the header' }] };
    if (data.length > limits.maxRows) return { errors: [fileError(tooManyRowsMessage(limits.maxRows))] };
    return { match, data };
  }

  /** Parses and checks every row with the API's schemas, reporting progress as it goes. */
  async function validate(
    importId: string,
    kind: ImportKind,
    rows: SheetRow[],
    columns: readonly ImportColumn[],
  ) {
    const { match, data, errors: layoutErrors } = layout(rows, columns);
    if (!match || !data) return { errors: layoutErrors ?? [], valid: [], columnName: () => undefined };
    const columnName = (path: string) => {
      const key = columnKeyOfPath(path);
      return match.written.get(key) ?? columns.find((column) => column.key === key)?.ru;
    };
    const rowError = (row: number, error: RowFieldError): ImportRowError => ({
      row,
      path: error.path,
      ...(columnName(error.path) ? { column: columnName(error.path) } : {}),
      message: error.message,
    });
    await repo.progress(importId, { totalRows: data.length, processedRows: 0 });
    const valid: ValidRow[] = [];
    const errors: ImportRowError[] = [];
    for (const [index, row] of data.entries()) {
      const cells = new Map<string, Cell>();
      for (const [position, column] of match.byPosition) cells.set(column.key, row.cells[position]);
      const result: RowResult<CreateNeed | CreateCapability> =
        kind === 'needs' ? needRowInput(cells, columns) : capabilityRowInput(cells, columns);
      if (result.ok) valid.push({ row: row.number, input: result.input, inn: result.inn });
      else errors.push(...result.errors.map((error) => rowError(row.number, error)));
      if ((index + 1) % PROGRESS_EVERY === 0) await repo.progress(importId, { processedRows: index + 1 });
    }
    const innField = kind === 'needs' ? 'buyerOrganizationId' : 'manufacturerOrganizationId';
    const ids = await repo.organizationIdsByInn([
      ...new Set(valid.flatMap((row) => (row.inn ? [row.inn] : []))),
    ]);
    const resolved = valid.filter((row) => {
      if (!row.inn) return true;
      const id = ids.get(row.inn);
      if (id) Object.assign(row.input, { [innField]: id });
      else
        errors.push(
          rowError(row.row, { path: innField, message: 'No organization with this INN on the exchange' }),
        );
      return id !== undefined;
    });
    await repo.progress(importId, { processedRows: data.length });
    return { errors, valid: resolved, columnName, processedRows: data.length };
  }

  /** The service refused rows of the batch (paths `3.okpd2`): back to the file's row numbers. */
  function refusedRows(error: AppError, valid: ValidRow[], columnName: (path: string) => string | undefined) {
    if (error.status !== 400 || !error.errors?.length) return [fileError(error.message)];
    return error.errors.map(({ path, message }) => {
      const [index, ...rest] = path.split('.');
      const field = rest.join('.');
      const column = columnName(field);
      return { row: valid[Number(index)]?.row ?? 0, path: field, ...(column ? { column } : {}), message };
    });
  }

  async function write(upload: Upload, actor: Actor, checked: Awaited<ReturnType<typeof validate>>) {
    const { id: importId, kind } = upload;
    const { errors, valid, columnName, processedRows = 0 } = checked;
    const inputs = valid.map((row) => row.input);
    // Set from outside the transaction (the pool's connection), so the client sees it while it runs.
    const progress = (writtenRows: number) => repo.progress(importId, { writtenRows });
    // The services take a database; a transaction offers the same query API (drizzle's Tx).
    const check = (executor: Db) =>
      kind === 'needs'
        ? needsFor(executor).checkMany(inputs as CreateNeed[], actor)
        : capabilitiesFor(executor).checkMany(inputs as CreateCapability[], actor);
    const create = (executor: Db) =>
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
          if (inputs.length > 0) await check(tx as unknown as Db);
        } else {
          // A savepoint, so that a refusal met while writing undoes the rows but not the outcome below.
          await tx.transaction(async (savepoint) => {
            imported = (await create(savepoint as unknown as Db)).length;
          });
        }
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused.push(...refusedRows(error, valid, columnName));
      }
      const all = [...errors, ...refused];
      await finishAndTell(
        tx,
        upload,
        actor.organizationId,
        all.length > 0
          ? failed(all, processedRows)
          : { status: 'succeeded', importedCount: imported, processedRows, errors: [] },
      );
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
      const columns = IMPORT_COLUMNS[kind];
      const actor = await repo.actorOf(found.userId);
      const fail = (message: string) =>
        db.transaction((tx) =>
          finishAndTell(tx, upload, actor?.organizationId, failed([fileError(message)])),
        );
      const verdict = found.content ? detectFormat(found.filename, '', found.content) : undefined;
      if (!actor || !found.content || !verdict || 'refused' in verdict) {
        return fail(!actor ? 'The user who uploaded the file no longer exists' : 'The file cannot be read');
      }
      if (found.content.length === 0) return fail('The file is empty');
      await repo.progress(importId, { status: 'running', processedRows: 0, writtenRows: 0 });
      try {
        let rows: SheetRow[];
        try {
          // A title or notes may stand above the header: the reader's limit leaves room for them.
          const readLimits = { ...limits, maxRows: limits.maxRows + HEADER_SEARCH_ROWS };
          rows = await readRows(verdict.format, found.content, readLimits);
        } catch (error) {
          if (!(error instanceof FileReadError)) throw error;
          return await fail(readProblemMessage(error.problem, verdict.format, limits));
        }
        await write(upload, actor, await validate(importId, kind, rows, columns));
      } catch (error) {
        if (!lastAttempt) throw error;
        await fail('The import failed on our side; upload the file again');
        throw error;
      }
    },
  };
}
export type ImportRunner = ReturnType<typeof createImportRunner>;
