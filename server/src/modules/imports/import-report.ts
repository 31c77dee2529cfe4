import { importProblemText } from '@zamena/shared/imports/import-problem-texts';
import type { CellProblem, ImportProblemCode, ProblemParams } from '@zamena/shared/imports/import-problems';
import type { ImportRowError } from '@zamena/shared/imports/imports.schemas';

/** How an import's problems are stored and listed (the client words them from their codes). */

/** A file with thousands of problems is listed in part (the annotated copy has them all). */
export const MAX_REPORTED_ERRORS = 500;

/** A problem as stored and sent: with the English text for API callers. */
export const problemAt = (
  row: number,
  path: string,
  problem: CellProblem,
  column?: string,
): ImportRowError => ({
  row,
  path,
  ...(column ? { column } : {}),
  code: problem.code,
  ...(problem.params ? { params: problem.params } : {}),
  message: importProblemText(problem, 'en'),
});

export const fileError = (code: ImportProblemCode, params?: ProblemParams) =>
  problemAt(0, 'file', params ? { code, params } : { code });

/** The first MAX_REPORTED_ERRORS, then one entry counting the problems and rows left out. */
export function capped(errors: ImportRowError[]): ImportRowError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const listed = errors.slice(0, MAX_REPORTED_ERRORS);
  const shownRows = new Set(listed.map((error) => error.row));
  const rows = new Set(errors.slice(MAX_REPORTED_ERRORS).map((error) => error.row));
  const unlisted = [...rows].filter((row) => row > 0 && !shownRows.has(row)).length;
  return [
    ...listed,
    fileError('more_problems', { count: errors.length - MAX_REPORTED_ERRORS, rows: unlisted }),
  ];
}

/** What the service's refusal messages (needs.placement.ts) mean as problem codes. */
export const REFUSAL_CODES: Record<string, ImportProblemCode> = {
  'no such OKPD2 code': 'unknown_okpd2',
  'no such region': 'unknown_region',
  'must not be in the past': 'date_in_past',
};
