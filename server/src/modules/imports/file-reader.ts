import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Cell } from '@zamena/shared/imports/cell-values';

/** Reads an uploaded CSV or XLSX file into rows of cells, numbered as Excel numbers them. */

export type FileFormat = 'csv' | 'xlsx';
export type SheetRow = { number: number; cells: Cell[] };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

const XLSX_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
// Windows browsers label .csv files application/vnd.ms-excel.
const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'text/x-csv'];

export type FormatVerdict = { format: FileFormat } | { refused: string };

/** By content first (a renamed file is what it is), then by name and declared type. */
export function detectFormat(filename: string, mimetype: string, head: Buffer): FormatVerdict {
  const extension = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  // An empty file of a supported kind is accepted, for the import to fail saying it is empty.
  if (head.length === 0 && ['xlsx', 'xlsm'].includes(extension)) return { format: 'xlsx' };
  if (head.subarray(0, 4).equals(OLE)) {
    return { refused: 'Old Excel (.xls) files are not read: save the sheet as .xlsx or CSV' };
  }
  if (head.subarray(0, 4).equals(ZIP)) {
    if (['xlsx', 'xlsm'].includes(extension) || XLSX_TYPES.includes(mimetype)) return { format: 'xlsx' };
    return { refused: 'Only .xlsx and .csv files are imported' };
  }
  const textual = head.subarray(0, 2).equals(UTF16LE_BOM) || !head.subarray(0, 4096).includes(0);
  if (textual && (['csv', 'txt', 'tsv'].includes(extension) || CSV_TYPES.includes(mimetype))) {
    return { format: 'csv' };
  }
  return { refused: 'Only .xlsx and .csv files are imported' };
}

/** UTF-8 (with or without BOM), UTF-16 (Excel's «Unicode text») or else Windows-1251. */
export function decodeText(content: Buffer): string {
  if (content.subarray(0, 3).equals(UTF8_BOM)) return content.subarray(3).toString('utf8');
  if (content.subarray(0, 2).equals(UTF16LE_BOM)) return content.subarray(2).toString('utf16le');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    // Not valid UTF-8: Russian Excel saves "CSV (разделители - запятые)" in Windows-1251.
    return iconv.decode(content, 'win1251');
  }
}

/** The delimiter that occurs most often outside quotes in the first line: «;» (Russian Excel), «,» or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ';';
}

const isEmptyRow = (cells: Cell[]) =>
  cells.every(
    (cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''),
  );

function readCsv(content: Buffer): SheetRow[] {
  const text = decodeText(content);
  const records: string[][] = parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  // A record is a spreadsheet row (a quoted cell may span lines), so Excel shows the same numbers.
  return records
    .map((cells, index) => ({ number: index + 1, cells: cells as Cell[] }))
    .filter((row) => !isEmptyRow(row.cells));
}

/** Formula results, rich text and hyperlinks reduced to what the cell shows. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellOf(value.text);
  if ('result' in value) return cellOf(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return undefined;
}

async function readXlsx(content: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; the bytes are the same.
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet =
    workbook.worksheets.find((candidate) => candidate.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // row.values is 1-based (index 0 is empty), as Excel's columns are.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from(values, (value) => cellOf(value as ExcelJS.CellValue));
    if (!isEmptyRow(cells)) rows.push({ number: row.number, cells });
  });
  return rows;
}

/** Non-empty rows of the first visible sheet (XLSX) or of the file (CSV); throws on a damaged file. */
export function readRows(format: FileFormat, content: Buffer): Promise<SheetRow[]> {
  return format === 'csv' ? Promise.resolve(readCsv(content)) : readXlsx(content);
}
