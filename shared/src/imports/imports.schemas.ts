import { z } from 'zod';
import { itemsOf, uuid } from '../common/common.schemas';
import { needListQuerySchema } from '../needs/needs.schemas';
import { importProblemCodeSchema, problemParamsSchema } from './import-problems';

export const IMPORT_KINDS = ['needs', 'capabilities'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

/** queued → running → succeeded | failed; a failed import wrote nothing (all or nothing). */
export const IMPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export const importStatusSchema = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/**
 * A problem of the file: `row` as Excel numbers it (the header is row 1; 0 for the file as a whole),
 * `path` the field as POST /needs or POST /capabilities names it, `column` its header as the
 * template writes it, `code` what is wrong (the client words it from `code` and `params`),
 * `message` the same in English for API callers.
 */
export const importRowErrorSchema = z.object({
  row: z.number().int().min(0),
  path: z.string(),
  column: z.string().optional(),
  code: importProblemCodeSchema,
  params: problemParamsSchema.optional(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importSchema = z.object({
  id: uuid,
  kind: importKindSchema,
  status: importStatusSchema,
  filename: z.string(),
  /** Data rows in the file; null until the file has been read. */
  totalRows: z.number().int().nullable(),
  /** Rows checked so far; all of them checked while still running: the rows are being written. */
  processedRows: z.number().int(),
  /** Rows the final transaction has written so far (kept only if it commits: all or none); then the rows imported. */
  writtenRows: z.number().int(),
  importedCount: z.number().int(),
  /** Rows with at least one problem (a row with three problems counts once). */
  rowsWithErrors: z.number().int(),
  /** Problems, in the order of the file: the first MAX_REPORTED_ERRORS, then a `more_problems` entry. */
  errors: z.array(importRowErrorSchema),
  /** GET /imports/:id/annotated serves the uploaded file with the problems in an added column. */
  annotatedFile: z.boolean(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Import = z.infer<typeof importSchema>;

export const importAcceptedSchema = importSchema.pick({ id: true, status: true });
export type ImportAccepted = z.infer<typeof importAcceptedSchema>;

export const importListQuerySchema = z.object({
  kind: importKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ImportListQuery = z.infer<typeof importListQuerySchema>;

export const importListSchema = itemsOf(importSchema);
export type ImportList = z.infer<typeof importListSchema>;

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

/** GET /needs/export: the filters of GET /needs, every matching row instead of a page. */
export const needExportQuerySchema = needListQuerySchema
  .omit({ limit: true, cursor: true })
  .extend({ format: z.enum(EXPORT_FORMATS).default('xlsx') });
export type NeedExportQuery = z.infer<typeof needExportQuerySchema>;
