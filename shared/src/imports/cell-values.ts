import { OKEI_UNITS } from '../domain/okei';
import type { CellProblem, ImportProblemCode } from './import-problems';

/**
 * Spreadsheet cells as regional centres fill them in Excel, turned into the strings the API schemas
 * take: dates as dd.mm.yyyy, ISO or Excel serial numbers, decimals with a comma or a dot, «да/нет».
 * Each function returns the value (undefined for an empty cell) or the problem, as a code with the
 * cell as written, for the row's report.
 */

/** What a file reader hands over per cell: CSV gives strings, XLSX numbers, dates and booleans too. */
export type Cell = string | number | boolean | Date | null | undefined;
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; problem: CellProblem };

const ok = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ImportProblemCode, cell?: Cell): Parsed<T> => ({
  ok: false,
  problem: cell === undefined ? { code } : { code, params: { value: shown(cell) } },
});

// Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29); serials between these bounds
// are the years 1927–2173, far from any quantity a date column would hold by mistake.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL_MIN = 10_000;
const SERIAL_MAX = 100_000;
const DAY_MS = 86_400_000;

/** A double as Excel shows it: 15 significant digits, so 0.1 + 0.2 reads "0.3", never "0.30000000000000004". */
export function numberToString(value: number): string {
  const text = String(Number(value.toPrecision(15)));
  if (!/e/i.test(text)) return text;
  // Tiny or huge numbers: a plain decimal string, which the decimal schemas then judge.
  return Number(text).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

const isBlank = (cell: Cell) =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The cell as the user sees it, for the message (cut short: a whole paragraph helps nobody). */
function shown(cell: Cell): string {
  const text =
    cell instanceof Date ? isoOf(cell) : typeof cell === 'number' ? numberToString(cell) : String(cell);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Free text: trimmed; a date cell becomes its ISO date, a number its Excel display. */
export function toText(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return ok(undefined);
  if (cell instanceof Date) return ok(isoOf(cell));
  if (typeof cell === 'number') return ok(numberToString(cell));
  if (typeof cell === 'boolean') return ok(cell ? 'да' : 'нет');
  return ok(String(cell).trim());
}

/** "1 200,50", "1200.5", "1,200.50" → "1200.50" / "1200.5"; the schema then checks scale and sign. */
export function toDecimal(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return ok(undefined);
  if (typeof cell === 'number') return ok(numberToString(cell));
  if (typeof cell !== 'string') return fail('not_a_number', cell);
  // A minus typed or pasted as a typographic minus or a dash is still a minus ("−5" is refused as
  // not above zero, not as "not a number").
  let text = cell.replace(/[\s\u00a0\u202f']/g, '').replace(/^[\u2212\u2013\u2012]/, '-');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one separates decimals, the other groups thousands.
    const [group, decimal] = lastComma > lastDot ? [/\./g, ','] : [/,/g, '.'];
    text = text.replace(group, '').replace(decimal, '.');
  } else {
    text = text.replace(',', '.');
  }
  return /^-?\d+(\.\d+)?$/.test(text) ? ok(text) : fail('not_a_number', cell);
}

/** Whole days, for lead times. */
export function toInteger(cell: Cell): Parsed<number> {
  const decimal = toDecimal(cell);
  if (!decimal.ok || decimal.value === undefined) return decimal as Parsed<number>;
  return /^-?\d+(\.0+)?$/.test(decimal.value)
    ? ok(Number.parseInt(decimal.value, 10))
    : fail('not_whole_number', cell);
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return isoOf(date);
}

const fromSerial = (serial: number) => isoOf(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));

/** dd.mm.yyyy (also with / or -), yyyy-mm-dd, an Excel serial, or a date cell → "yyyy-mm-dd". */
export function toDate(cell: Cell): Parsed<string> {
  const invalid = fail<string>('not_a_date', cell);
  if (isBlank(cell)) return ok(undefined);
  // Readers hand over date cells as UTC midnight of the day Excel shows.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? invalid : ok(isoOf(cell));
  if (typeof cell === 'number') {
    return cell >= SERIAL_MIN && cell < SERIAL_MAX ? ok(fromSerial(cell)) : invalid;
  }
  if (typeof cell !== 'string') return invalid;
  const text = cell.trim();
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s.*)?$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(text);
  if (dmy || ymd) {
    const [year, month, day] = dmy ? [dmy[3], dmy[2], dmy[1]] : [ymd![1], ymd![2], ymd![3]];
    const parsed = validDate(Number(year), Number(month), Number(day));
    return parsed ? ok(parsed) : invalid;
  }
  if (/^\d{5}(\.\d+)?$/.test(text) && Number(text) >= SERIAL_MIN) return ok(fromSerial(Number(text)));
  return invalid;
}

const TRUE_WORDS = new Set(['да', 'д', 'yes', 'y', 'true', 'истина', '1', '+', 'x', 'х', 'v']);
const FALSE_WORDS = new Set(['нет', 'н', 'no', 'n', 'false', 'ложь', '0', '-']);

/** «да/нет», yes/no, 1/0, +/−, TRUE/FALSE; empty leaves the schema's default. */
export function toBoolean(cell: Cell): Parsed<boolean> {
  if (isBlank(cell)) return ok(undefined);
  if (typeof cell === 'boolean') return ok(cell);
  const word = String(typeof cell === 'number' ? numberToString(cell) : cell)
    .trim()
    .toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail('not_yes_no', cell);
}

/** Several values in one cell, separated by «;» (or line breaks). */
export function toList(cell: Cell): Parsed<string[]> {
  const text = toText(cell);
  if (!text.ok || text.value === undefined) return text as Parsed<string[]>;
  return ok(
    text.value
      .split(/[;\n]/)
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  );
}

/**
 * A code Excel may have turned into a number, losing leading zeros ("01" → 1, "006" → 6):
 * padded back to `width` digits when it is all digits and shorter.
 */
export function toCode(cell: Cell, width: number): Parsed<string> {
  const text = toText(cell);
  if (!text.ok || text.value === undefined) return text;
  const value = text.value.replace(/\s/g, '');
  return ok(/^\d+$/.test(value) && value.length < width ? value.padStart(width, '0') : value);
}

/** TN VED codes have an even number of digits; an odd count lost its leading zero to Excel. */
export function toTnved(cell: Cell): Parsed<string> {
  const text = toText(cell);
  if (!text.ok || text.value === undefined) return text;
  const value = text.value.replace(/\s/g, '');
  return ok(/^\d+$/.test(value) && value.length % 2 === 1 ? `0${value}` : value);
}

/** INN: 10 digits (legal entity) or 12 (individual); Excel drops a leading zero. */
export function toInn(cell: Cell): Parsed<string> {
  const text = toText(cell);
  if (!text.ok || text.value === undefined) return text;
  const value = text.value.replace(/\s/g, '');
  if (/^\d{9}$/.test(value) || /^\d{11}$/.test(value)) return ok(`0${value}`);
  return /^(\d{10}|\d{12})$/.test(value) ? ok(value) : fail('bad_inn', cell);
}

const unitKey = (value: string) => value.toLowerCase().replace(/[\s.]/g, '');
const UNIT_BY_WORD = new Map<string, string>(
  OKEI_UNITS.flatMap((unit) =>
    [unit.code, unit.nameRu, unit.nameEn, unit.symbolRu, unit.symbolEn].map((word) => [
      unitKey(word),
      unit.code,
    ]),
  ),
);
for (const [alias, code] of [
  ['м2', '055'],
  ['м3', '113'],
  ['кв м', '055'],
  ['куб м', '113'],
  ['m2', '055'],
  ['m3', '113'],
  ['штук', '796'],
  ['штуки', '796'],
  ['пара', '715'],
  ['компл', '839'],
  ['комплекты', '839'],
  ['к-т', '839'],
  ['уп', '778'],
  ['пм', '018'],
  ['мп', '018'],
  ['лист', '625'],
  ['листов', '625'],
  ['рулонов', '736'],
] as const) {
  UNIT_BY_WORD.set(unitKey(alias), code);
}

/**
 * An OKEI code ("796", or 796 from Excel), the unit as people write it («шт», «кг», «компл.»), or
 * the template's list entry «шт — штука (796)».
 */
export function toUnit(cell: Cell): Parsed<string> {
  const text = toCode(cell, 3);
  if (!text.ok || text.value === undefined) return text;
  const listed = /\((\d{3})\)\s*$/.exec(String(cell))?.[1];
  const code = UNIT_BY_WORD.get(unitKey(listed ?? text.value));
  return code ? ok(code) : fail('unknown_unit', cell);
}

/** Regions by code and by name, in the spellings people and the template use. */
export type RegionLookup = ReadonlyMap<string, string>;

/** "Рязанская область", "Рязанская обл" and "рязанская  область" are one key. */
export const regionKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]/g, '');

/** `names` per region: every spelling accepted (the client's, the reference data's, the English one). */
export function regionLookup(regions: readonly { code: string; names: readonly string[] }[]): RegionLookup {
  return new Map(
    regions.flatMap((region) => [
      [region.code, region.code] as const,
      ...region.names.map((name) => [regionKey(name), region.code] as const),
    ]),
  );
}

/** A region by its two-digit code (1 from Excel is "01"), its name, or the template's «62 — Рязанская область». */
export function toRegion(cell: Cell, regions: RegionLookup): Parsed<string> {
  const text = toText(typeof cell === 'number' ? numberToString(cell) : cell);
  if (!text.ok || text.value === undefined) return text;
  const leadingCode = /^(\d{1,2})(?:\D|$)/.exec(text.value)?.[1]?.padStart(2, '0');
  const code = leadingCode ? regions.get(leadingCode) : regions.get(regionKey(text.value));
  return code ? ok(code) : fail('unknown_region', cell);
}

/** Several regions, separated by «;», each as `toRegion` reads it. */
export function toRegionList(cell: Cell, regions: RegionLookup): Parsed<string[]> {
  const list = toList(typeof cell === 'number' ? numberToString(cell) : cell);
  if (!list.ok || list.value === undefined) return list;
  const codes: string[] = [];
  for (const part of list.value) {
    const region = toRegion(part, regions);
    if (!region.ok) return region;
    if (region.value) codes.push(region.value);
  }
  return ok(codes);
}
