import type { z } from 'zod';
import { createCapabilitySchema, type CreateCapability } from '../capabilities/capabilities.schemas';
import { createNeedSchema, type CreateNeed } from '../needs/needs.schemas';
import {
  type Cell,
  type Parsed,
  toBoolean,
  toCode,
  toCodeList,
  toDate,
  toDecimal,
  toInn,
  toInteger,
  toList,
  toText,
  toTnved,
  toUnit,
} from './cell-values';
import type { ColumnType, ImportColumn } from './import-columns';

/** A field error of one row; `path` as the API names the field (`okpd2.1`, `localization.validUntil`). */
export type RowFieldError = { path: string; message: string };

const PARSERS: Record<ColumnType, (cell: Cell) => Parsed<unknown>> = {
  text: toText,
  decimal: toDecimal,
  integer: toInteger,
  date: toDate,
  boolean: toBoolean,
  okpd2: toText,
  okpd2List: toList,
  tnved: toTnved,
  unit: toUnit,
  region: (cell) => toCode(cell, 2),
  regionList: (cell) => toCodeList(cell, 2),
  list: toList,
  inn: toInn,
};

/** Where a column's value lands in the API input, when not at its own key. */
const PATHS: Record<string, string> = {
  localizationValidUntil: 'localization.validUntil',
  pp719RegistryNumber: 'localization.pp719RegistryNumber',
  buyerInn: 'buyerOrganizationId',
  manufacturerInn: 'manufacturerOrganizationId',
};

export const pathOfColumn = (key: string) => PATHS[key] ?? key;

/** The column an API error path points at: `okpd2.1` → okpd2, `localization.validUntil` → its column. */
export function columnKeyOfPath(path: string): string {
  const found = Object.entries(PATHS).find(([, target]) => path === target || path.startsWith(`${target}.`));
  return found ? found[0] : (path.split('.')[0] ?? path);
}

/** Converts each present cell by its column type; empty cells are left out, for the schema's defaults. */
export function readCells(cells: ReadonlyMap<string, Cell>, columns: readonly ImportColumn[]) {
  const values: Record<string, unknown> = {};
  const errors: RowFieldError[] = [];
  for (const column of columns) {
    const parsed = PARSERS[column.type](cells.get(column.key));
    if (!parsed.ok) errors.push({ path: pathOfColumn(column.key), message: parsed.message });
    else if (parsed.value !== undefined) values[column.key] = parsed.value;
  }
  return { values, errors };
}

const issuesOf = (error: z.ZodError): RowFieldError[] =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    // An empty cell of a required column reaches the schema as a missing field.
    message:
      issue.code === 'invalid_type' && /received undefined/.test(issue.message)
        ? 'is required'
        : issue.message,
  }));

export type RowResult<T> = { ok: true; input: T; inn?: string } | { ok: false; errors: RowFieldError[] };

/**
 * One need row → the same input POST /needs takes, checked by the same schema. Imported needs are
 * published unless the row says «Опубликовать: нет» (a file of drafts would have to be published one
 * by one). The buyer's INN comes back separately: the server resolves it to `buyerOrganizationId`.
 */
export function needRowInput(cells: ReadonlyMap<string, Cell>, columns: readonly ImportColumn[]) {
  const { values, errors } = readCells(cells, columns);
  const { buyerInn, publish, ...fields } = values;
  const parsed = createNeedSchema.safeParse({ ...fields, publish: publish ?? true });
  return finish<CreateNeed>(parsed, errors, buyerInn as string | undefined);
}

/** One capability row → the input POST /capabilities takes; the registry columns form `localization`. */
export function capabilityRowInput(cells: ReadonlyMap<string, Cell>, columns: readonly ImportColumn[]) {
  const { values, errors } = readCells(cells, columns);
  const { manufacturerInn, pp719RegistryNumber, localizationValidUntil, ...fields } = values;
  const localization =
    pp719RegistryNumber === undefined && localizationValidUntil === undefined
      ? undefined
      : { pp719RegistryNumber, validUntil: localizationValidUntil };
  const parsed = createCapabilitySchema.safeParse({ ...fields, localization });
  return finish<CreateCapability>(parsed, errors, manufacturerInn as string | undefined);
}

function finish<T>(
  parsed: z.ZodSafeParseResult<T>,
  cellErrors: RowFieldError[],
  inn: string | undefined,
): RowResult<T> {
  // A cell that could not be read is reported once, not again by the schema for the same field.
  const seen = new Set(cellErrors.map((error) => error.path));
  const schemaErrors = parsed.success ? [] : issuesOf(parsed.error).filter((error) => !seen.has(error.path));
  const errors = [...cellErrors, ...schemaErrors];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data, ...(inn ? { inn } : {}) };
}
