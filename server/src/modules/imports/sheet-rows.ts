import type { Cell } from '@zamena/shared/imports/cell-values';
import type { CellProblem } from '@zamena/shared/imports/import-problems';

/** What the readers of uploaded files (file-reader.ts, xlsx-reader.ts) give and how they refuse. */

export type FileFormat = 'csv' | 'xlsx';
export type SheetRow = { number: number; cells: Cell[] };

/**
 * How much of a file is read at most. `maxRows` counts non-empty rows; `maxUnpackedBytes` is what
 * an XLSX file (a zip) inflates to, the size a small upload can hide.
 */
export type ReadLimits = { maxRows: number; maxUnpackedBytes: number };

export type ReadProblem = 'too-many-rows' | 'too-large-unpacked' | 'unclosed-quote' | 'unreadable';

/** Something wrong with the file itself: the import fails at once, since another attempt reads the same bytes. */
export class FileReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    options?: ErrorOptions,
  ) {
    super(problem, options);
  }
}

/** What the uploader reads about a refused file, as a problem code (texts: import-problem-texts.ts). */
export function readProblem(problem: ReadProblem, format: FileFormat, limits: ReadLimits): CellProblem {
  switch (problem) {
    case 'too-many-rows':
      return { code: 'too_many_rows', params: { max: limits.maxRows } };
    case 'too-large-unpacked':
      return {
        code: 'too_large_unpacked',
        params: { max: Number((limits.maxUnpackedBytes / 1024 / 1024).toFixed(1)) },
      };
    case 'unclosed-quote':
      return { code: 'unclosed_quote' };
    case 'unreadable':
      return { code: format === 'xlsx' ? 'unreadable_xlsx' : 'unreadable_csv' };
  }
}

export const isEmptyRow = (cells: Cell[]) =>
  cells.every(
    (cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''),
  );
