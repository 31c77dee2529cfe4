import { z } from 'zod';
import { itemsOf, uuid } from '../common/common.schemas';
import { needListQuerySchema } from '../needs/needs.schemas';

export const IMPORT_KINDS = ['needs', 'capabilities'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

/** queued → running → succeeded | failed; a failed import wrote nothing (all or nothing). */
export const IMPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export const importStatusSchema = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/**
 * A refused row: `row` as Excel numbers it (the header is row 1; 0 for the file as a whole), `path`
 * the field as POST /needs or POST /capabilities names it, `column` the header it came from.
 */
export const importRowErrorSchema = z.object({
  row: z.number().int().min(0),
  path: z.string(),
  column: z.string().optional(),
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
  errors: z.array(importRowErrorSchema),
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
