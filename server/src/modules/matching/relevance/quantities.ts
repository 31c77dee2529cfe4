import { normalizeText } from './text-normal';

/**
 * Sizes and ratings read from text ("110 кВ", "0,5–10 МВт", "DN300", "до 25 т"), in base units per
 * dimension. Two texts that both state a dimension and share no value are about different products
 * (a 110 kV switchgear is not a 6–10 kV one; a 430 mm clutch disc is not a 400 mm one).
 */
export type Quantity = { dimension: string; min: number; max: number };

type Unit = { dimension: string; factor: number };

/**
 * Units by their spelling after a number, longest first when one is a prefix of another. Mass, length
 * and volume describe order sizes as often as the product ("20 т в год", "бухты по 250 м"), so their
 * dimensions are marked `loose`: relevance compares them between titles only.
 */
const UNITS: Array<[spellings: string[], unit: Unit]> = [
  [['кв', 'kv'], { dimension: 'voltage', factor: 1000 }],
  [['мв', 'mv'], { dimension: 'voltage', factor: 1e-3 }],
  [['в', 'v', 'vdc', 'vac'], { dimension: 'voltage', factor: 1 }],
  [['мвт', 'mw'], { dimension: 'power', factor: 1e6 }],
  [['квт', 'kw'], { dimension: 'power', factor: 1e3 }],
  [['вт', 'w'], { dimension: 'power', factor: 1 }],
  [['мва', 'mva'], { dimension: 'apparent-power', factor: 1e6 }],
  [['ква', 'kva'], { dimension: 'apparent-power', factor: 1e3 }],
  [['ва', 'va'], { dimension: 'apparent-power', factor: 1 }],
  [['а·ч', 'а*ч', 'ач', 'ah', 'а/ч'], { dimension: 'charge', factor: 1 }],
  [['ка', 'ka'], { dimension: 'current', factor: 1e3 }],
  [['а', 'a'], { dimension: 'current', factor: 1 }],
  [['мпа', 'mpa'], { dimension: 'pressure', factor: 10 }],
  [['кпа', 'kpa'], { dimension: 'pressure', factor: 0.01 }],
  [['бар', 'bar', 'атм', 'кгс/см²', 'кгс/см2'], { dimension: 'pressure', factor: 1 }],
  [['кн·м', 'кн*м', 'knm', 'kn·m'], { dimension: 'torque', factor: 1e3 }],
  [['н·м', 'н*м', 'nm', 'n·m'], { dimension: 'torque', factor: 1 }],
  [['мн', 'mn'], { dimension: 'force', factor: 1e6 }],
  [['кн', 'kn'], { dimension: 'force', factor: 1e3 }],
  [['тс'], { dimension: 'force', factor: 9806.65 }],
  [['об/мин', 'rpm', 'мин-1', 'мин⁻¹'], { dimension: 'speed', factor: 1 }],
  [['кал/см²', 'кал/см2', 'cal/cm²', 'cal/cm2', 'кал', 'cal'], { dimension: 'arc-rating', factor: 1 }],
  [['текс', 'tex'], { dimension: 'linear-density', factor: 1 }],
  [['м³/мин', 'м3/мин', 'm³/min', 'm3/min'], { dimension: 'flow', factor: 1 }],
  [['л/мин', 'l/min'], { dimension: 'flow', factor: 1e-3 }],
  [['м³/ч', 'м3/ч', 'm³/h', 'm3/h'], { dimension: 'flow', factor: 1 / 60 }],
  [['гц', 'hz'], { dimension: 'frequency', factor: 1 }],
  [['кгц', 'khz'], { dimension: 'frequency', factor: 1e3 }],
  [['нм'], { dimension: 'wavelength', factor: 1 }],
  [['мм', 'mm'], { dimension: 'length', factor: 1 }],
  [['см', 'cm'], { dimension: 'length', factor: 10 }],
  [['м', 'm'], { dimension: 'length', factor: 1000 }],
  [['мг', 'mg'], { dimension: 'mass', factor: 1e-3 }],
  [['г', 'g'], { dimension: 'mass', factor: 1 }],
  [['кг', 'kg'], { dimension: 'mass', factor: 1e3 }],
  [['т', 't'], { dimension: 'mass', factor: 1e6 }],
];

export const LOOSE_DIMENSIONS: ReadonlySet<string> = new Set(['length', 'mass']);

const UNIT_BY_SPELLING = new Map(
  UNITS.flatMap(([spellings, unit]) => spellings.map((s) => [s, unit] as const)),
);
/** Unit words as they stand after a number (`мм`, `кВт`): not words of the product. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_BY_SPELLING.keys(),
  ...'мин min ч h сут мес год л м2 м3 шт pcs °c с s об'.split(' '),
]);
const SPELLINGS = [...UNIT_BY_SPELLING.keys()]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
/** "2–4 МВт", "6(10) кВ", "10/0,4 кВ", "1200 и 2000 мм", "до 25 т", "не менее 60 м", "Ø 70–400 мм". */
const QUANTITY = new RegExp(
  String.raw`(?:(?<![\p{L}])(?<bound>не менее|не более|не выше|не ниже|свыше|более|менее|до|от|up to|min\.?|max\.?)\s*)?` +
    String.raw`(?<![\p{L}\d.,-])(?<first>${NUMBER})` +
    // One range at most ("2–4"), then a list ("6(10)/0,4", "1200 и 2000"): "80-50-200" is a designation.
    String.raw`(?<more>(?:\s*(?:[-…]|\.\.\.|to)\s*(?:${NUMBER}))?(?:\s*(?:/|\(|\)\s*/?|,\s|и|или|and)\s*(?:${NUMBER})\)?)*)` +
    String.raw`\s*(?<unit>${SPELLINGS.join('|')})(?![\p{L}\d])`,
  'giu',
);
/** "DN300", "Ду 300", "PN10", "PN 16": nominal diameter and pressure written before the number. */
const PREFIXED =
  /(?<![\p{L}\d])(?<prefix>dn|ду|pn|ру)\s?(?<value>\d+(?:[.,]\d+)?)(?:\s*[-…]\s*(?:dn|ду|pn|ру)?\s?(?<upper>\d+))?/giu;

const parseNumber = (text: string) => Number(text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));

/** The text with its quantities blanked out (designations are read from what remains). */
export const withoutQuantities = (text: string) =>
  normalizeText(text).replace(QUANTITY, ' ').replace(PREFIXED, ' ');

/** The quantities a text states. */
export function readQuantities(text: string): Quantity[] {
  const normalized = normalizeText(text);
  const found: Quantity[] = [];
  for (const match of normalized.matchAll(QUANTITY)) {
    const { bound, first, more, unit } = match.groups!;
    const spec = UNIT_BY_SPELLING.get(unit!.toLowerCase());
    // A lower-case "в" or "а" after a number is a preposition or a conjunction, not volts or amperes.
    if (!spec || unit === 'в' || unit === 'а') continue;
    const values = [first!, ...(more ?? '').split(/[^\d\s,.]+/)]
      .map((part) => part.trim().replace(/^[,.\s]+|[,.\s]+$/g, ''))
      .filter((part) => /\d/.test(part))
      .map((part) => parseNumber(part) * spec.factor)
      .filter((value) => Number.isFinite(value));
    if (values.length === 0) continue;
    const isRange = /[-…]|\.\.\.|to/.test(more ?? '');
    const lowerBound = bound && /не менее|не ниже|свыше|более|от|min/i.test(bound);
    const upperBound = bound && /не более|не выше|менее|до|up to|max/i.test(bound);
    if (lowerBound) found.push({ dimension: spec.dimension, min: Math.min(...values), max: Infinity });
    else if (upperBound) found.push({ dimension: spec.dimension, min: 0, max: Math.max(...values) });
    else if (isRange)
      found.push({ dimension: spec.dimension, min: Math.min(...values), max: Math.max(...values) });
    else for (const value of values) found.push({ dimension: spec.dimension, min: value, max: value });
  }
  for (const match of normalized.matchAll(PREFIXED)) {
    const { prefix, value, upper } = match.groups!;
    const dimension = /dn|ду/i.test(prefix!) ? 'nominal-diameter' : 'pressure';
    const low = parseNumber(value!);
    found.push({ dimension, min: low, max: upper ? parseNumber(upper) : low });
  }
  return found;
}

/** Relative slack when two sizes are compared: 4 % (a 430 mm disc is not a 400 mm one; 0,4 and 0,38 kV agree). */
const TOLERANCE = 0.04;

const overlaps = (a: Quantity, b: Quantity) =>
  a.min <= b.max * (1 + TOLERANCE) && b.min <= a.max * (1 + TOLERANCE);

/** Dimensions both texts state without any value in common. */
export function conflictingDimensions(need: Quantity[], capability: Quantity[]): string[] {
  const dimensions = new Set(need.map((q) => q.dimension));
  return [...dimensions].filter((dimension) => {
    const ours = need.filter((q) => q.dimension === dimension);
    const theirs = capability.filter((q) => q.dimension === dimension);
    return theirs.length > 0 && !ours.some((a) => theirs.some((b) => overlaps(a, b)));
  });
}
