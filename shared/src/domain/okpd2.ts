/** OKPD2 (OK 034-2014) code structure: section letter, then class `25` … subcategory `25.73.40.111`. */
export const OKPD2_LEVELS = [
  'section',
  'class',
  'subclass',
  'group',
  'subgroup',
  'kind',
  'category',
  'subcategory',
] as const;
export type Okpd2Level = (typeof OKPD2_LEVELS)[number];

export const OKPD2_CODE_PATTERN = /^([A-U]|\d{2}(\.\d(\d(\.\d(\d(\.\d{2}\d)?)?)?)?)?)$/;

/** Section of each two-digit class (the CPA 2008 / NACE sections OKPD2 follows). */
const SECTION_RANGES: ReadonlyArray<readonly [string, number, number]> = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['K', 64, 66],
  ['L', 68, 68],
  ['M', 69, 75],
  ['N', 77, 82],
  ['O', 84, 84],
  ['P', 85, 85],
  ['Q', 86, 88],
  ['R', 90, 93],
  ['S', 94, 96],
  ['T', 97, 98],
  ['U', 99, 99],
];

export function isOkpd2Code(code: string): boolean {
  return OKPD2_CODE_PATTERN.test(code);
}

/** Digits only: `25.73.40.111` → `257340111`. */
export function okpd2Digits(code: string): string {
  return code.replace(/\./g, '');
}

export function okpd2Level(code: string): Okpd2Level {
  if (/^[A-U]$/.test(code)) return 'section';
  const digits = okpd2Digits(code).length;
  if (digits === 9) return code.endsWith('0') ? 'category' : 'subcategory';
  const byDigits: Record<number, Okpd2Level> = {
    2: 'class',
    3: 'subclass',
    4: 'group',
    5: 'subgroup',
    6: 'kind',
  };
  const level = byDigits[digits];
  if (!level) throw new Error(`not an OKPD2 code: ${code}`);
  return level;
}

/** Depth in the classifier: section 0 … subcategory 7. */
export function okpd2Depth(code: string): number {
  return OKPD2_LEVELS.indexOf(okpd2Level(code));
}

export function okpd2Section(classCode: string): string | undefined {
  const n = Number(classCode.slice(0, 2));
  return SECTION_RANGES.find(([, from, to]) => n >= from && n <= to)?.[0];
}

/** The next level up; a class's parent is its section; a section has none. */
export function okpd2Parent(code: string): string | null {
  const level = okpd2Level(code);
  switch (level) {
    case 'section':
      return null;
    case 'class':
      return okpd2Section(code) ?? null;
    case 'subclass':
    case 'subgroup':
      return code.slice(0, -1).replace(/\.$/, '');
    case 'group':
    case 'kind':
      return code.slice(0, -1);
    case 'category':
      return code.slice(0, -4);
    case 'subcategory':
      return `${code.slice(0, -1)}0`;
  }
}

/** Paths already worked out (matching scores every candidate's codes against the need's); bounded. */
const knownPaths = new Map<string, readonly string[]>();
const KNOWN_PATHS_LIMIT = 50_000;

/** The path from the section down to the code itself: `C → 25 → 25.7 → 25.73 → …` (a new array each call). */
export function okpd2Path(code: string): string[] {
  const known = knownPaths.get(code);
  if (known) return [...known];
  const path: string[] = [];
  for (let current: string | null = code; current; current = okpd2Parent(current)) path.unshift(current);
  if (knownPaths.size >= KNOWN_PATHS_LIMIT) knownPaths.clear();
  knownPaths.set(code, path.slice());
  return path;
}

/**
 * The string every code under `code` starts with (the code itself included): a category `28.15.10.120`
 * holds the subcategories `28.15.10.121`…`129`, so its prefix drops the final zero; other levels are
 * their own prefix (`28.1` → `28.15…`, never `28.2`).
 */
export function okpd2SubtreePrefix(code: string): string {
  return okpd2Level(code) === 'category' ? code.slice(0, -1) : code;
}
