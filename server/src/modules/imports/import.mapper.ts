import type { Import } from '@zamena/shared/imports/imports.schemas';
import type { ImportRow } from './imports.repo';

export function toImport(row: ImportRow): Import {
  return {
    id: row.id,
    kind: row.kind as Import['kind'],
    status: row.status as Import['status'],
    filename: row.filename,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    writtenRows: row.writtenRows,
    importedCount: row.importedCount,
    errors: row.errors,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
