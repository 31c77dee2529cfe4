import type { Import } from '@zamena/shared/imports/imports.schemas';

/**
 * What an unfinished import is doing, as its progress shows it: queued; reading the file (rows not
 * counted yet); checking rows (`processedRows` of `totalRows`); writing every checked row in one
 * transaction (all checked, still running: `writtenRows` of `totalRows`, all rows or none go in).
 */
export type ImportPhase = 'queued' | 'reading' | 'checking' | 'writing' | 'finished';

export function importPhase({
  status,
  totalRows,
  processedRows,
}: Pick<Import, 'status' | 'totalRows' | 'processedRows'>): ImportPhase {
  if (status === 'queued') return 'queued';
  if (status !== 'running') return 'finished';
  if (totalRows === null) return 'reading';
  return processedRows >= totalRows ? 'writing' : 'checking';
}
