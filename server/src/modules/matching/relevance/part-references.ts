import { normalizeText } from './text-normal';

/**
 * Foreign products named in a need's `replaces` and a capability's `analogues` ("Sachs 1878 079 350",
 * "HIWIN R40-10B2-FSW", "Armacell Armaflex AF"), compared token by token. The same reference, or one
 * that names its series ("Holset HE221W" for "Holset HE221W 4043980"), is evidence of the same product;
 * the same maker with another number ("Lemken 3374680" for "Lemken 3374690") or a number one or two
 * characters off ("16A-2" for "16B-2") is evidence of another part.
 */
export type PartReference = { tokens: string[] };

export type PartEvidence = 'same' | 'series' | 'brand' | 'other' | 'none';

const hasDigit = (token: string) => /\d/.test(token);

/** Upper-case tokens without punctuation at their ends; a designation's inner separators go. */
const tokensOf = (text: string) =>
  normalizeText(text)
    .toUpperCase()
    .split(/[\s,;()«»"“”]+/)
    .map((token) => token.replace(/^[-./%]+|[-./%]+$/g, ''))
    .filter((token) => token.length > 0)
    .map((token) => (hasDigit(token) ? token.replace(/[-./·]/g, '') : token));

/** The references in a `replaces` text: alternatives separated by `;` or ` / ` ("Lemken 3374690; 3374691"). */
export function readPartReferences(text: string | null | undefined): PartReference[] {
  if (!text) return [];
  const alternatives = text
    .split(/;|\s\/\s|\n/)
    .map(tokensOf)
    .filter((tokens) => tokens.length > 0);
  // "Lemken 3374690; 3374691": a bare number after the first alternative keeps its maker.
  const brand = alternatives[0]?.filter((token) => !hasDigit(token)) ?? [];
  return alternatives.map((tokens) =>
    tokens.every(hasDigit) && brand.length > 0 ? { tokens: [...brand, ...tokens] } : { tokens },
  );
}

/** One reference per analogue of a capability. */
export const analogueReferences = (analogues: string[]): PartReference[] =>
  analogues
    .map(tokensOf)
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => ({ tokens }));

/** Every token of `a` begins a token of `b` (`93PS` in `93PS20`, `HE221W` in `HE221W 4043980`). */
const within = (a: string[], b: string[]) => a.every((token) => b.some((other) => other.startsWith(token)));

const codeOf = (reference: PartReference) => reference.tokens.filter(hasDigit).join('');
const brandOf = (reference: PartReference) => reference.tokens.filter((token) => !hasDigit(token));

/** Edit distance, bounded: returns `limit + 1` as soon as it is certain to exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, cost);
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function compare(need: PartReference, analogue: PartReference): PartEvidence {
  const needCode = codeOf(need);
  const analogueCode = codeOf(analogue);
  const sameTokens = need.tokens.length === analogue.tokens.length && within(need.tokens, analogue.tokens);
  if (sameTokens && within(analogue.tokens, need.tokens)) return 'same';
  // The same number written with other spaces or dashes ("6205-2RS", "6205 2RS"), by a maker both name or one leaves out.
  const needBrand = brandOf(need);
  const analogueBrand = brandOf(analogue);
  const makersAgree =
    needBrand.length === 0 ||
    analogueBrand.length === 0 ||
    needBrand.some((token) => analogueBrand.includes(token));
  if (needCode.length >= 3 && needCode === analogueCode && makersAgree) return 'same';
  // The analogue names the need's product or its series (or the need names the series of the analogue).
  if (within(analogue.tokens, need.tokens) || within(need.tokens, analogue.tokens)) {
    if (analogueCode && needCode) return 'series';
    // The one without a number is a name: a maker and a series ("Speco Unger"), or a maker alone.
    const named = analogueCode ? need : analogue;
    return named.tokens.length >= 2 ? 'series' : 'brand';
  }
  if (needCode.length >= 3 && analogueCode.length >= 3) {
    const sameMaker = needBrand.some((token) => analogueBrand.includes(token));
    if (sameMaker || editDistance(needCode, analogueCode, 2) <= 2) return 'other';
  }
  return 'none';
}

const RANK: Record<PartEvidence, number> = { same: 4, series: 3, other: 2, brand: 1, none: 0 };

/**
 * The strongest evidence between the need's references and the capability's analogues: a match of
 * any pair wins over "another part" (a maker listing 242 and 243 makes the 243).
 */
export function partEvidence(need: PartReference[], analogues: PartReference[]): PartEvidence {
  let best: PartEvidence = 'none';
  for (const reference of need) {
    for (const analogue of analogues) {
      const evidence = compare(reference, analogue);
      if (RANK[evidence] > RANK[best]) best = evidence;
    }
  }
  return best;
}
