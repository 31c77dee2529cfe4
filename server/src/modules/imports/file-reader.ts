import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { type FileFormat, FileReadError, isEmptyRow, type ReadLimits, type SheetRow } from './sheet-rows';
import { readXlsx } from './xlsx-reader';

/** Reads an uploaded CSV or XLSX file into rows of cells, numbered as Excel numbers them. */

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

/** csv-parse parses a chunk whole: in small chunks, reading stops soon after the row limit. */
const CSV_CHUNK_BYTES = 64 * 1024;

function* chunks(bytes: Buffer) {
  for (let offset = 0; offset < bytes.length; offset += CSV_CHUNK_BYTES) {
    yield bytes.subarray(offset, offset + CSV_CHUNK_BYTES);
  }
}

async function readCsv(content: Buffer, maxRows: number): Promise<SheetRow[]> {
  const text = decodeText(content);
  const parser = parse({
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  Readable.from(chunks(Buffer.from(text))).pipe(parser);
  const rows: SheetRow[] = [];
  // A record is a spreadsheet row (a quoted cell may span lines), so Excel shows the same numbers.
  let number = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      number += 1;
      if (isEmptyRow(cells)) continue;
      rows.push({ number, cells });
      if (rows.length > maxRows) throw new FileReadError('too-many-rows');
    }
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new FileReadError('unclosed-quote', { cause: error });
    }
    throw error;
  }
  return rows;
}

/**
 * Non-empty rows of the first visible sheet (XLSX) or of the file (CSV). Throws FileReadError on a
 * damaged file or one past the limits, and nothing else: the bytes are in memory, so what goes
 * wrong reading them is the file's doing (a damaged zip, bad XML, an unclosed quote).
 */
export async function readRows(format: FileFormat, content: Buffer, limits: ReadLimits): Promise<SheetRow[]> {
  try {
    return format === 'csv' ? await readCsv(content, limits.maxRows) : await readXlsx(content, limits);
  } catch (error) {
    throw error instanceof FileReadError ? error : new FileReadError('unreadable', { cause: error });
  }
}
