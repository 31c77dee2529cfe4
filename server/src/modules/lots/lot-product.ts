import { createHash } from 'node:crypto';
import type { MatchProfile } from '../matching/relevance/match-profile';
import { relevanceModel } from '../matching/relevance/relevance-model';
import { tokenize } from '../matching/relevance/words';

/**
 * What a lot pools by (DESIGN.md §2): needs of one OKPD2 kind and unit that ask for the same product.
 * Whether two needs ask for the same thing is read by the matching relevance model: the head nouns of
 * the title's product phrase (dictionary concepts, so "подшипник" and "bearing" are one) and what
 * qualifies them there (dictionary concepts: needle, tapered, ball, dry, oil-filled…; the adjectives of
 * a product the dictionary does not know). Two needs share a product key only when both agree; series
 * letters of a designation (`НК` of `НК 25/20`) and sizes are not the product. Sizes and designations
 * of the title make the line key: a lot's lines are the sizes or grades asked for, each with its
 * quantity and, in a bid, its price.
 */
export type LotProduct = {
  productKey: string;
  productName: string;
  /** The dictionary concepts among the qualifiers: a capability relevant to the product names each. */
  productConcepts: string[];
  lineKey: string;
  lineName: string;
};

export type LotProductText = { title: string; description: string; replaces: string | null };

/** Bump when this file reads needs differently: stored keys of another version are recomputed. */
const KEY_READING = 1;

/** Keys are compared in a unique index: a very long one is cut and completed by its digest. */
const MAX_KEY = 200;

const capped = (key: string) =>
  key.length <= MAX_KEY
    ? key
    : `${key.slice(0, MAX_KEY - 41)}#${createHash('sha1').update(key).digest('hex')}`;

/** The version of the keys: this file's reading and the relevance model's profile version. */
export function lotProductKeyVersion(): number {
  const digest = createHash('sha256').update(`${KEY_READING}:${relevanceModel().profileVersion}`).digest();
  return digest.readUInt32BE(0) & 0x7fffffff;
}

/**
 * What qualifies the head nouns: the dictionary concepts of the product phrase (needle, tapered, ball…)
 * and the exclusive attributes the title states (dry, oil-filled…). When no head is a dictionary concept,
 * the dictionary knows nothing of the product: its adjectives qualify it ("диск тормозной", "отрезной").
 * Other words (series letters, complements, sizes) do not make another product.
 */
function qualifiersOf(profile: MatchProfile): string[] {
  const heads = new Set(profile.heads);
  const known = profile.heads.some((head) => head.startsWith('='));
  return [
    ...new Set([
      ...profile.product.filter((term) => term.startsWith('=')),
      ...profile.titleClasses,
      ...(known ? [] : profile.modifiers),
    ]),
  ]
    .filter((term) => !heads.has(term))
    .sort();
}

export function productKeyOf(profile: MatchProfile): string {
  const heads = [...new Set(profile.heads)].sort();
  const qualifiers = qualifiersOf(profile);
  if (heads.length === 0 && qualifiers.length === 0) return capped([...profile.title].sort().join(' '));
  return capped(`${heads.join('+')}:${qualifiers.join('+')}`);
}

const ASIDE = /\([^()]*\)/g;
const STOP = new Set(
  (
    'для с со из под на от по в во к ко без при о об до через типа вместо взамен замена гост ту тип марки ' +
    'марка класс серии for with from of to in on by per type grade class series replacement iso din'
  ).split(' '),
);

const SERIES = /^[A-ZА-ЯЁ]{2,6}$/u;

/** The product as the title names it: its first words, up to a size, a preposition or punctuation. */
function productNameOf(title: string): { name: string; rest: string } {
  const main = title.replace(ASIDE, ' ').replace(/\s+/g, ' ').trim();
  const words = main.split(' ');
  const kept: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[,;:.]+$/, '');
    // Capitals just before a size are the series of a designation (`НК 25/20`), not the product.
    if (/^\d/.test(bare) && kept.length > 1 && SERIES.test(kept.at(-1)!)) kept.pop();
    if (/\d/.test(bare) || STOP.has(bare.toLowerCase()) || bare.length === 0) break;
    kept.push(bare);
    if (bare !== word) break;
  }
  const name = kept.join(' ') || main.slice(0, 120);
  const rest = main
    .slice(main.indexOf(name) + name.length)
    .replace(/^[\s,;:.]+/, '')
    .replace(/[,;].*$/, '')
    .replace(PREPOSITION, '')
    .trim();
  return { name: name.slice(0, 200), rest: rest.slice(0, 200) };
}

/**
 * The sizes and designations of the title before its first preposition (asides left out; "для КАМАЗ",
 * "для региона 62" say what it is for, not its size), sorted: a line of a lot.
 */
function lineKeyOf(title: string): string {
  const codes: string[] = [];
  for (const token of tokenize(title.replace(ASIDE, ' '))) {
    if (token.kind === 'break' && token.preposition !== null) break;
    if (token.kind === 'code') codes.push(token.code);
  }
  return capped([...new Set(codes)].sort().join(' '));
}

const PREPOSITION =
  /\s(?:для|с|со|из|под|на|от|по|в|во|к|ко|без|при|до|через|вместо|взамен|for|with|from|of|to|in|on|by|per)\s.*$/iu;

/**
 * `stored`: the need's profile as matching stored it (need_match_states) with its version; used when it
 * is of the current model version (the same profile the model would compute), else computed here.
 */
export function lotProductOf(
  need: LotProductText,
  stored: { profile: unknown; version: number | null } = { profile: null, version: null },
): LotProduct {
  const model = relevanceModel();
  const profile =
    model.storedProfile(stored.profile, stored.version) ??
    model.needProfile({ title: need.title, description: need.description, replaces: need.replaces });
  const { name, rest } = productNameOf(need.title);
  const lineKey = lineKeyOf(need.title);
  return {
    productKey: productKeyOf(profile),
    productName: name,
    productConcepts: qualifiersOf(profile).filter((term) => term.startsWith('=')),
    lineKey,
    lineName: lineKey === '' ? '' : rest || lineKey,
  };
}
