/** Unicode-normalised text with `ё` as `е` and every dash as `-` (case kept: capitals mark abbreviations and units). */
export const normalizeText = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[Ёё]/g, (c) => (c === 'Ё' ? 'Е' : 'е'));

/** A designation with its separators removed, upper case: `R40-10B2-FSW` → `R4010B2FSW`. */
export const normalizeCode = (code: string) => code.toUpperCase().replace(/[\s\-./,·*×()]/g, '');
