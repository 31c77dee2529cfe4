/** OKEI (OK 015-94) units the exchange accepts, in the order forms offer them (DESIGN.md §2). */
export const OKEI_UNITS = [
  { code: '796', nameRu: 'штука', nameEn: 'piece', symbolRu: 'шт', symbolEn: 'pcs' },
  { code: '166', nameRu: 'килограмм', nameEn: 'kilogram', symbolRu: 'кг', symbolEn: 'kg' },
  { code: '168', nameRu: 'тонна', nameEn: 'tonne', symbolRu: 'т', symbolEn: 't' },
  { code: '006', nameRu: 'метр', nameEn: 'metre', symbolRu: 'м', symbolEn: 'm' },
  { code: '055', nameRu: 'квадратный метр', nameEn: 'square metre', symbolRu: 'м²', symbolEn: 'm²' },
  { code: '113', nameRu: 'кубический метр', nameEn: 'cubic metre', symbolRu: 'м³', symbolEn: 'm³' },
  { code: '112', nameRu: 'литр', nameEn: 'litre', symbolRu: 'л', symbolEn: 'l' },
  { code: '839', nameRu: 'комплект', nameEn: 'set', symbolRu: 'компл', symbolEn: 'set' },
] as const;

export type OkeiCode = (typeof OKEI_UNITS)[number]['code'];

export const OKEI_CODES = OKEI_UNITS.map((unit) => unit.code) as unknown as readonly [
  OkeiCode,
  ...OkeiCode[],
];
