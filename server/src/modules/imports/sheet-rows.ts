import type { Cell } from '@zamena/shared/imports/cell-values';

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

export const tooManyRowsMessage = (maxRows: number) =>
  `The file has more than ${maxRows} rows; split it into several files`;

/**
 * What the uploader reads about a refused file. The web app translates these texts
 * (web/src/features/imports/utils/row-error-message.ts): change them together.
 */
export function readProblemMessage(
  problem: ReadProblem,
  format: FileFormat,
  limits: { maxRows: number; maxUnpackedBytes: number },
): string {
  switch (problem) {
    case 'too-many-rows':
      return tooManyRowsMessage(limits.maxRows);
    case 'too-large-unpacked': {
      const megabytes = Number((limits.maxUnpackedBytes / 1024 / 1024).toFixed(1));
      return `The file holds more than ${megabytes} MB of data once unpacked; split it into several files`;
    }
    case 'unclosed-quote':
      return 'The file is not a readable CSV file: a quotation mark (") opens a cell that is never closed';
    case 'unreadable':
      return `The file is not a readable ${format === 'xlsx' ? 'Excel (.xlsx)' : 'CSV'} file`;
  }
}

export const isEmptyRow = (cells: Cell[]) =>
  cells.every(
    (cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''),
  );
