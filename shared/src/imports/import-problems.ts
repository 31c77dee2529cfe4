import { z } from 'zod';

/**
 * What can be wrong with an imported file or one of its cells, as stable codes: the server reports
 * codes (with the row, the template's column header and a few parameters), and the texts people
 * read are written from them in their language (import-problem-texts.ts), on the page and in the
 * annotated copy of the file alike.
 */
export const IMPORT_PROBLEM_CODES = [
  // A cell
  'required',
  'not_a_number',
  'not_positive',
  'too_many_decimals',
  'too_large',
  'not_whole_number',
  'too_small',
  'too_big',
  'too_short',
  'too_long',
  'too_many_items',
  'not_a_date',
  'date_in_past',
  'not_yes_no',
  'unknown_unit',
  'unknown_region',
  'bad_okpd2',
  'unknown_okpd2',
  'bad_tnved',
  'bad_inn',
  'unknown_inn',
  /** A rule of the exchange refused the row (who posts for whom); the server's message says which. */
  'refused',
  /** Anything else the API schema refused; the server's message says what. */
  'invalid',
  // The file as a whole
  'column_missing',
  'no_header',
  'file_empty',
  'no_rows',
  'too_many_rows',
  'too_large_unpacked',
  'unclosed_quote',
  'unreadable_csv',
  'unreadable_xlsx',
  'uploader_gone',
  'internal',
  'more_problems',
] as const;
export const importProblemCodeSchema = z.enum(IMPORT_PROBLEM_CODES);
export type ImportProblemCode = z.infer<typeof importProblemCodeSchema>;

/** Values a text needs: the cell as written, a limit, the columns expected. */
export const problemParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ProblemParams = z.infer<typeof problemParamsSchema>;

/** A problem of one cell, before the row number and column header are added. */
export type CellProblem = { code: ImportProblemCode; params?: ProblemParams };
