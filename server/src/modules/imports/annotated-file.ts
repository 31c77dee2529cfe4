import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { type Cell, numberToString } from '@zamena/shared/imports/cell-values';
import { importProblemText, type ProblemLanguage } from '@zamena/shared/imports/import-problem-texts';
import type { ImportRowError } from '@zamena/shared/imports/imports.schemas';
import { csvStream } from './csv-writer';
import type { FileFormat, SheetRow } from './sheet-rows';

/**
 * The uploaded file with its problems written beside the rows: the same format (CSV through the
 * project's CSV writer, XLSX as XLSX), every row at its own row number, and one more column that says
 * what is wrong with the row. The added header is unknown to the importer, so the fixed copy imports
 * as it is. XLSX cells with a problem are shaded.
 */

export type Annotation = {
  format: FileFormat;
  rows: SheetRow[];
  /** The row naming the columns: the problems column gets its header there. */
  headerRow: number;
  /** Every problem (not only those listed on the import's page). */
  problems: ImportRowError[];
  /** The position in the row of each column key's cells, for shading (XLSX). */
  positions: ReadonlyMap<string, number>;
  /** The column key a problem's path names. */
  columnKeyOf: (path: string) => string;
  language: ProblemLanguage;
  sheetName: string;
};

const HEADER: Record<ProblemLanguage, string> = { ru: 'Ошибки импорта', en: 'Import problems' };

function notesByRow({ problems, language }: Annotation): Map<number, string> {
  const notes = new Map<number, string[]>();
  for (const problem of problems) {
    if (problem.row <= 0) continue;
    const text = importProblemText(problem, language);
    const note = problem.column ? `${problem.column}: ${text}` : text;
    notes.set(problem.row, [...(notes.get(problem.row) ?? []), note]);
  }
  return new Map([...notes].map(([row, list]) => [row, list.join('\n')]));
}

const width = (rows: SheetRow[]) => Math.max(0, ...rows.map((row) => row.cells.length));

const csvCell = (cell: Cell): string | undefined => {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return numberToString(cell);
  return String(cell);
};

function* csvRecords(annotation: Annotation, notes: Map<number, string>) {
  const columns = width(annotation.rows);
  let next = 1;
  for (const row of annotation.rows) {
    // Empty rows the reader skipped come back empty, so each row keeps the number Excel shows.
    for (; next < row.number; next += 1) yield [];
    const cells = Array.from({ length: columns }, (_, index) => csvCell(row.cells[index]));
    const note = row.number === annotation.headerRow ? HEADER[annotation.language] : notes.get(row.number);
    yield [...cells, note];
    next = row.number + 1;
  }
}

const PROBLEM_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };

async function xlsxFile(annotation: Annotation, notes: Map<number, string>): Promise<Buffer> {
  const output = new PassThrough();
  const done = buffer(output);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet(annotation.sheetName);
  const noteColumn = width(annotation.rows) + 1;
  sheet.getColumn(noteColumn).width = 70;
  const shaded = new Map<number, Set<number>>();
  for (const problem of annotation.problems) {
    const position = annotation.positions.get(annotation.columnKeyOf(problem.path));
    if (problem.row <= 0 || position === undefined) continue;
    shaded.set(problem.row, (shaded.get(problem.row) ?? new Set()).add(position));
  }
  for (const row of annotation.rows) {
    const target = sheet.getRow(row.number);
    row.cells.forEach((cell, index) => {
      if (cell === null || cell === undefined) return;
      const written = target.getCell(index + 1);
      written.value = cell;
      if (cell instanceof Date) written.numFmt = 'dd.mm.yyyy';
    });
    for (const position of shaded.get(row.number) ?? []) target.getCell(position + 1).fill = PROBLEM_FILL;
    const note = row.number === annotation.headerRow ? HEADER[annotation.language] : notes.get(row.number);
    if (note) {
      const cell = target.getCell(noteColumn);
      cell.value = note;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (row.number === annotation.headerRow) cell.font = { bold: true };
    }
    target.commit();
  }
  sheet.commit();
  await workbook.commit();
  return done;
}

export async function annotateFile(annotation: Annotation): Promise<Buffer> {
  const notes = notesByRow(annotation);
  return annotation.format === 'csv'
    ? buffer(csvStream(csvRecords(annotation, notes)))
    : xlsxFile(annotation, notes);
}
