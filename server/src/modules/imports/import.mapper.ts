import { z } from 'zod';
import { importProblemCodeSchema } from '@zamena/shared/imports/import-problems';
import {
  type Import,
  type ImportRowError,
  importRowErrorSchema,
} from '@zamena/shared/imports/imports.schemas';
import type { ImportRow } from './imports.repo';

/** Problems as stored; imports finished before problems had codes read as `invalid` with their message. */
const storedErrorsSchema = z.array(
  importRowErrorSchema.extend({ code: importProblemCodeSchema.default('invalid') }),
);

/** Rows with at least one problem: those listed, and those only the `more_problems` entry counts. */
export function rowsWithErrors(errors: ImportRowError[]): number {
  const listed = new Set(errors.filter((error) => error.row > 0).map((error) => error.row)).size;
  const more = errors.find((error) => error.code === 'more_problems')?.params?.rows;
  return listed + (typeof more === 'number' ? more : 0);
}

export function toImport(row: ImportRow): Import {
  const errors = storedErrorsSchema.parse(row.errors);
  return {
    id: row.id,
    kind: row.kind as Import['kind'],
    status: row.status as Import['status'],
    filename: row.filename,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    writtenRows: row.writtenRows,
    importedCount: row.importedCount,
    rowsWithErrors: rowsWithErrors(errors),
    errors,
    annotatedFile: row.status === 'failed' && row.hasContent,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
