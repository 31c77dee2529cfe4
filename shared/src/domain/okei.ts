/**
 * OKEI (OK 015-94) units the exchange accepts, in the order forms offer them (DESIGN.md §2): the
 * units a manufacturer quotes in, grouped by what they measure. Codes and symbols are the
 * classifier's own, except that «лист» is written out: its OKEI symbol «л.» reads as «л» (litre)
 * once a spreadsheet cell loses the dot.
 */
export const OKEI_GROUPS = ['count', 'packaging', 'length', 'area', 'volume', 'mass'] as const;
export type OkeiGroup = (typeof OKEI_GROUPS)[number];

export const OKEI_UNITS = [
  { code: '796', group: 'count', nameRu: 'штука', nameEn: 'piece', symbolRu: 'шт', symbolEn: 'pcs' },
  { code: '715', group: 'count', nameRu: 'пара', nameEn: 'pair', symbolRu: 'пар', symbolEn: 'pr' },
  { code: '839', group: 'count', nameRu: 'комплект', nameEn: 'set', symbolRu: 'компл', symbolEn: 'set' },
  { code: '704', group: 'count', nameRu: 'набор', nameEn: 'kit', symbolRu: 'набор', symbolEn: 'kit' },
  { code: '657', group: 'count', nameRu: 'изделие', nameEn: 'item', symbolRu: 'изд', symbolEn: 'item' },
  { code: '642', group: 'count', nameRu: 'единица', nameEn: 'unit', symbolRu: 'ед', symbolEn: 'unit' },
  {
    code: '798',
    group: 'count',
    nameRu: 'тысяча штук',
    nameEn: 'thousand pieces',
    symbolRu: 'тыс. шт',
    symbolEn: 'k pcs',
  },
  { code: '778', group: 'packaging', nameRu: 'упаковка', nameEn: 'pack', symbolRu: 'упак', symbolEn: 'pack' },
  { code: '728', group: 'packaging', nameRu: 'пачка', nameEn: 'bundle', symbolRu: 'пач', symbolEn: 'bdl' },
  { code: '736', group: 'packaging', nameRu: 'рулон', nameEn: 'roll', symbolRu: 'рул', symbolEn: 'roll' },
  { code: '625', group: 'packaging', nameRu: 'лист', nameEn: 'sheet', symbolRu: 'лист', symbolEn: 'sheet' },
  { code: '812', group: 'packaging', nameRu: 'ящик', nameEn: 'box', symbolRu: 'ящ', symbolEn: 'box' },
  { code: '006', group: 'length', nameRu: 'метр', nameEn: 'metre', symbolRu: 'м', symbolEn: 'm' },
  { code: '003', group: 'length', nameRu: 'миллиметр', nameEn: 'millimetre', symbolRu: 'мм', symbolEn: 'mm' },
  {
    code: '018',
    group: 'length',
    nameRu: 'погонный метр',
    nameEn: 'running metre',
    symbolRu: 'пог. м',
    symbolEn: 'rm',
  },
  {
    code: '055',
    group: 'area',
    nameRu: 'квадратный метр',
    nameEn: 'square metre',
    symbolRu: 'м²',
    symbolEn: 'm²',
  },
  {
    code: '113',
    group: 'volume',
    nameRu: 'кубический метр',
    nameEn: 'cubic metre',
    symbolRu: 'м³',
    symbolEn: 'm³',
  },
  { code: '112', group: 'volume', nameRu: 'литр', nameEn: 'litre', symbolRu: 'л', symbolEn: 'l' },
  { code: '166', group: 'mass', nameRu: 'килограмм', nameEn: 'kilogram', symbolRu: 'кг', symbolEn: 'kg' },
  { code: '163', group: 'mass', nameRu: 'грамм', nameEn: 'gram', symbolRu: 'г', symbolEn: 'g' },
  { code: '168', group: 'mass', nameRu: 'тонна', nameEn: 'tonne', symbolRu: 'т', symbolEn: 't' },
] as const satisfies readonly {
  code: string;
  group: OkeiGroup;
  nameRu: string;
  nameEn: string;
  symbolRu: string;
  symbolEn: string;
}[];

export type OkeiUnit = (typeof OKEI_UNITS)[number];
export type OkeiCode = OkeiUnit['code'];

const [firstUnit, ...otherUnits] = OKEI_UNITS;
/** The codes as a non-empty tuple, as `z.enum` takes them. */
export const OKEI_CODES: readonly [OkeiCode, ...OkeiCode[]] = [
  firstUnit.code,
  ...otherUnits.map((unit) => unit.code),
];

/** "шт — штука (796)": how the template's drop-down list and the import name a unit. */
export const okeiLabel = (unit: OkeiUnit) => `${unit.symbolRu} — ${unit.nameRu} (${unit.code})`;

/**
 * Units that convert into each other, as a factor to the base unit of what they measure (piece, metre,
 * m³, kg). Pairs, sets and packs are absent on purpose: how many pieces they hold depends on the product.
 */
type OkeiConversion = { measure: OkeiGroup; factor: number };

const conversions = {
  '796': { measure: 'count', factor: 1 },
  '798': { measure: 'count', factor: 1000 },
  '006': { measure: 'length', factor: 1 },
  '018': { measure: 'length', factor: 1 },
  '003': { measure: 'length', factor: 0.001 },
  '113': { measure: 'volume', factor: 1 },
  '112': { measure: 'volume', factor: 0.001 },
  '166': { measure: 'mass', factor: 1 },
  '163': { measure: 'mass', factor: 0.001 },
  '168': { measure: 'mass', factor: 1000 },
} satisfies Partial<Record<OkeiCode, OkeiConversion>>;
/** Keyed by any string, so a unit read from storage is looked up without a cast. */
export const OKEI_CONVERSIONS: Readonly<Record<string, OkeiConversion | undefined>> = conversions;
