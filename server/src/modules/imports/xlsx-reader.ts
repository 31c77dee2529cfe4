import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';
import type { Cell } from '@zamena/shared/imports/cell-values';
import { FileReadError, isEmptyRow, type ReadLimits, type SheetRow } from './sheet-rows';

/**
 * Reads an XLSX file with exceljs's streaming reader rather than loading the workbook: memory holds
 * the shared strings and the rows kept, not the model of every cell (a 200,000-row file took 1.2 GB
 * loaded). Reading stops past `maxRows`, and a file that inflates past `maxUnpackedBytes` is refused
 * before any of its XML is parsed.
 */

const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  // Date cells are told from numbers by their number format, which is in the styles.
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

/**
 * Inflates every entry only to count the bytes, past `maxBytes` refusing the file: what a zip says
 * of its sizes may be false, what it inflates to is not. unzipper walks the archive the way the
 * reader does (exceljs reads through it), so the reader never sees more than was counted here.
 */
async function assertUnpackedSize(content: Buffer, maxBytes: number): Promise<void> {
  const zip = Readable.from([content]).pipe(unzipper.Parse({ forceStream: true }));
  let reading: unzipper.Entry | undefined;
  let damaged: Error | undefined;
  // unzipper reports a damaged archive on the archive stream only, and may still hand out an entry
  // after it: the entry being read, or the next one, would wait forever for its end.
  zip.on('error', (error) => {
    damaged = error;
    reading?.destroy(error);
  });
  let total = 0;
  try {
    for await (const entry of zip as AsyncIterable<unzipper.Entry>) {
      if (damaged) throw damaged;
      reading = entry;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > maxBytes) throw new FileReadError('too-large-unpacked');
      }
      reading = undefined;
    }
  } finally {
    // Before the archive's own "aborted" error comes (next tick): an entry nobody reads must not get it.
    reading = undefined;
    zip.destroy();
  }
}

/** Formula results, rich text and hyperlinks reduced to what the cell shows. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellOf(value.text);
  if ('result' in value) return cellOf(value.result);
  if ('error' in value) return String(value.error);
  return undefined;
}

// exceljs sets a sheet's state from the workbook but leaves it out of its types; absent means visible.
const isHidden = (sheet: object) =>
  'state' in sheet && (sheet.state === 'hidden' || sheet.state === 'veryHidden');

async function drain(sheet: AsyncIterable<unknown>) {
  for await (const _row of sheet) {
    // Read to the end only: see readXlsx.
  }
}

/**
 * Non-empty rows of the first visible sheet, in the order the file stores its sheets (Excel's tab
 * order). Throws FileReadError past a limit, anything else on a damaged file.
 */
export async function readXlsx(content: Buffer, limits: ReadLimits): Promise<SheetRow[]> {
  // unzipper waits forever for the first bytes of an empty input.
  if (content.length === 0) return [];
  await assertUnpackedSize(content, limits.maxUnpackedBytes);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), READER_OPTIONS);
  const rows: SheetRow[] = [];
  let chosen = false;
  let failure: Error | undefined;
  // The loop runs to the end even after a refusal: sheets stored before the shared strings (Excel's
  // order) are copied to temporary files, each deleted as the loop moves past it. The other sheets
  // are read and dropped, within the size already counted.
  for await (const sheet of workbook) {
    if (chosen || isHidden(sheet)) {
      await drain(sheet);
      continue;
    }
    chosen = true;
    try {
      for await (const row of sheet) {
        // row.values is 1-based (index 0 is empty), as Excel's columns are.
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = Array.from(values, (value) => cellOf(value));
        if (isEmptyRow(cells)) continue;
        rows.push({ number: row.number, cells });
        if (rows.length > limits.maxRows) throw new FileReadError('too-many-rows');
      }
    } catch (error) {
      failure =
        error instanceof Error ? error : new Error('the workbook could not be read', { cause: error });
    }
  }
  if (failure) throw failure;
  return rows;
}
