import { IMPORT_COLUMNS } from '@zamena/shared/imports/import-columns';
import { importProblemText } from '@zamena/shared/imports/import-problem-texts';
import { columnKeyOfPath } from '@zamena/shared/imports/import-rows';
import type { ImportKind, ImportRowError } from '@zamena/shared/imports/imports.schemas';

/**
 * What the importer says about a cell or the file, in the user's language: worded from the
 * problem's code (shared/src/imports/import-problem-texts.ts, the same words the annotated copy of
 * the file carries). A refusal the server words itself keeps its words.
 */
export function rowErrorMessage(error: ImportRowError, language: string): string {
  const lang = language === 'en' ? 'en' : 'ru';
  const worded = error.code === 'invalid' || error.code === 'refused';
  const params = worded && error.params?.detail === undefined ? { detail: error.message } : error.params;
  return importProblemText({ code: error.code, ...(params ? { params } : {}) }, lang);
}

/** The column as the template heads it: Russian as in the file, or its English name. */
export function rowErrorColumn(
  error: ImportRowError,
  kind: ImportKind,
  language: string,
): string | undefined {
  if (language !== 'en') return error.column;
  const key = columnKeyOfPath(error.path);
  return IMPORT_COLUMNS[kind].find((column) => column.key === key)?.en ?? error.column;
}
