import type { z } from 'zod';
import { createCapabilitySchema, type CreateCapability } from '../capabilities/capabilities.schemas';
import { isPositiveDecimal } from '../domain/decimal';
import { createNeedSchema, type CreateNeed } from '../needs/needs.schemas';
import {
  type Cell,
  type Parsed,
  type RegionLookup,
  toBoolean,
  toDate,
  toDecimal,
  toInn,
  toInteger,
  toList,
  toRegion,
  toRegionList,
  toText,
  toTnved,
  toUnit,
} from './cell-values';
import type { ColumnType, ImportColumn } from './import-columns';
import type { CellProblem } from './import-problems';

/**
 * One spreadsheet row → the input POST /needs or POST /capabilities takes, checked by the same
 * schema, with every problem of the row at once: each cell is read on its own, the schema judges
 * the cells that could be read, and a date in the past is caught here rather than by the service
 * (which sees only rows without other problems). What needs the database (OKPD2 codes, INNs, who
 * posts for whom) the import runner adds for every row.
 */

/** A problem of one row; `path` as the API names the field (`okpd2.1`, `localization.validUntil`). */
export type RowProblem = CellProblem & { path: string };

/** What reading a row needs besides the row: the regions, and today for dates not in the past. */
export type RowContext = { regions: RegionLookup; today: string };

const PARSERS: Record<ColumnType, (cell: Cell, context: RowContext) => Parsed<unknown>> = {
  text: toText,
  decimal: toDecimal,
  integer: toInteger,
  date: toDate,
  boolean: toBoolean,
  okpd2: toText,
  okpd2List: toList,
  tnved: toTnved,
  unit: toUnit,
  region: (cell, { regions }) => toRegion(cell, regions),
  regionList: (cell, { regions }) => toRegionList(cell, regions),
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
export function readCells(
  cells: ReadonlyMap<string, Cell>,
  columns: readonly ImportColumn[],
  context: RowContext,
) {
  const values: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  for (const column of columns) {
    const parsed = PARSERS[column.type](cells.get(column.key), context);
    if (!parsed.ok) problems.push({ path: pathOfColumn(column.key), ...parsed.problem });
    else if (parsed.value !== undefined) values[column.key] = parsed.value;
  }
  return { values, problems };
}

/** Why a decimal the schema refused is wrong, in the terms of the spreadsheet. */
function decimalProblem(value: string, scale: number): CellProblem {
  if (value.startsWith('-') || !isPositiveDecimal(value)) return { code: 'not_positive' };
  const [whole = '', fraction = ''] = value.split('.');
  if (fraction.length > scale) return { code: 'too_many_decimals', params: { max: scale } };
  if (whole.length > 15) return { code: 'too_large' };
  return { code: 'invalid', params: { detail: 'must be a decimal' } };
}

const bound = (value: unknown) => (typeof value === 'bigint' ? Number(value) : (value as number));

/** A schema issue as a problem of the cell it came from. */
function schemaProblem(
  issue: z.core.$ZodIssue,
  column: ImportColumn | undefined,
  value: unknown,
): CellProblem {
  if (value === undefined) return { code: 'required' };
  const shown = { value: String(value) };
  const list = Array.isArray(value);
  if (list && issue.code === 'too_big')
    return { code: 'too_many_items', params: { max: bound(issue.maximum) } };
  switch (column?.type) {
    case 'decimal':
      return decimalProblem(String(value), column.scale ?? 3);
    case 'okpd2':
    case 'okpd2List':
      return { code: 'bad_okpd2', params: shown };
    case 'tnved':
      return { code: 'bad_tnved' };
    case 'unit':
      return { code: 'unknown_unit', params: shown };
    case 'date':
      return { code: 'not_a_date', params: shown };
    case 'region':
    case 'regionList':
      return { code: 'unknown_region', params: shown };
    case 'integer':
      if (issue.code === 'too_small') return { code: 'too_small', params: { min: bound(issue.minimum) } };
      if (issue.code === 'too_big') return { code: 'too_big', params: { max: bound(issue.maximum) } };
      break;
    default:
      if (issue.code === 'too_small') return { code: 'too_short', params: { min: bound(issue.minimum) } };
      if (issue.code === 'too_big') return { code: 'too_long', params: { max: bound(issue.maximum) } };
  }
  return { code: 'invalid', params: { detail: issue.message } };
}

/** The cell value a schema path points at: `okpd2.1` is the second code of the okpd2 column. */
function valueAt(values: Record<string, unknown>, path: string): unknown {
  const key = columnKeyOfPath(path);
  const value = values[key];
  const index = /\.(\d+)$/.exec(path)?.[1];
  return Array.isArray(value) && index !== undefined ? value[Number(index)] : value;
}

export type RowResult<T> = {
  /** The API input, when the row has no problem. */
  input: T | undefined;
  problems: RowProblem[];
  /** The buyer's or manufacturer's INN, for the server to resolve into an organization. */
  inn?: string;
  /** The OKPD2 codes the row names, for the server to look up in the classifier. */
  okpd2: string[];
};

function finish<T>(
  parsed: z.ZodSafeParseResult<T>,
  read: { values: Record<string, unknown>; problems: RowProblem[] },
  columns: readonly ImportColumn[],
  inn: unknown,
): RowResult<T> {
  const problems = [...read.problems];
  // One problem per cell: a cell that could not be read is not reported again by the schema.
  const seen = new Set(problems.map((problem) => columnKeyOfPath(problem.path)));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const key = columnKeyOfPath(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const column = columns.find((candidate) => candidate.key === key);
    problems.push({ path, ...schemaProblem(issue, column, valueAt(read.values, path)) });
  }
  const okpd2 = read.values.okpd2;
  // In the order of the template's columns, as the user reads the row.
  const position = (problem: RowProblem) =>
    columns.findIndex((column) => column.key === columnKeyOfPath(problem.path));
  return {
    input: problems.length === 0 && parsed.success ? parsed.data : undefined,
    problems: problems.sort((a, b) => position(a) - position(b)),
    ...(typeof inn === 'string' ? { inn } : {}),
    okpd2: typeof okpd2 === 'string' ? [okpd2] : Array.isArray(okpd2) ? okpd2.map(String) : [],
  };
}

/**
 * A need row. Imported needs are published unless the row says «Опубликовать: нет» (a file of
 * drafts would have to be published one by one). The buyer's INN comes back aside.
 */
export function needRowInput(
  cells: ReadonlyMap<string, Cell>,
  columns: readonly ImportColumn[],
  context: RowContext,
): RowResult<CreateNeed> {
  const read = readCells(cells, columns, context);
  const { buyerInn, publish, ...fields } = read.values;
  const neededBy = read.values.neededBy;
  if (typeof neededBy === 'string' && neededBy < context.today) {
    read.problems.push({ path: 'neededBy', code: 'date_in_past' });
  }
  const parsed = createNeedSchema.safeParse({ ...fields, publish: publish ?? true });
  return finish(parsed, read, columns, buyerInn);
}

/** A capability row; the registry columns form `localization`. */
export function capabilityRowInput(
  cells: ReadonlyMap<string, Cell>,
  columns: readonly ImportColumn[],
  context: RowContext,
): RowResult<CreateCapability> {
  const read = readCells(cells, columns, context);
  const { manufacturerInn, pp719RegistryNumber, localizationValidUntil, ...fields } = read.values;
  const localization =
    pp719RegistryNumber === undefined && localizationValidUntil === undefined
      ? undefined
      : { pp719RegistryNumber, validUntil: localizationValidUntil };
  const parsed = createCapabilitySchema.safeParse({ ...fields, localization });
  return finish(parsed, read, columns, manufacturerInn);
}
