import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { UNIT_WORDS } from './quantities';
import { normalizeCode, normalizeText } from './text-normal';

/**
 * The words of a title or description as matching reads them (DESIGN.md §4, step 2): lower case, `ё` as
 * `е`, each word cut to its Snowball stem (Russian for Cyrillic, English for Latin, the same stems
 * PostgreSQL's `russian` configuration makes), abbreviations written in capitals kept whole (`КСО`,
 * `ИБП`, `UPS`: a stemmer would cut them), tokens with digits kept as designations (`ЭД-20`, `16B-2`).
 * Prepositions and punctuation are kept as breaks: they end the phrase that names the product.
 */
export type Token =
  | { kind: 'word'; stem: string; adjective: boolean; latin: boolean }
  /** A designation or size: `КСО-298` (its letters also follow as a word), `430`, `DN300`. */
  | { kind: 'code'; code: string }
  /** A preposition or punctuation: the product phrase ends here. */
  | { kind: 'break'; preposition: string | null; mark?: string }
  /** `и`, `and`, `/`: the phrase goes on with another product of the same list. */
  | { kind: 'and' };

const PREPOSITIONS = new Set(
  (
    'для с со из под на от по в во к ко без при о об до через между над у за типа вместо взамен кроме ' +
    'for with from in on to by without at under via per of into'
  ).split(' '),
);
const CONJUNCTIONS = new Set(['и', 'или', 'and', 'or', '&']);

/** Words that carry no product meaning: grammar, and the boilerplate of a purchase request. */
const STOP_WORDS = new Set(
  (
    'а но же ли не ни что как так это этот эта эти тот та те его ее их который которые также тоже ' +
    'the a an is are be as it its that this these those such other others all any each also ' +
    'замена замены замену заменой аналог аналоги аналогов взамен импортозамещение импортный импортного ' +
    'ранее закупались закупался закупалась закупаем нужен нужна нужны нужно требуется требуются необходим ' +
    'необходимы поставка поставки потребность годовая годовой шт штук ед единиц т.ч тч том числе ' +
    'replacement replaces substitute equivalent'
  ).split(' '),
);

/** Adjective endings (any case, number and gender) of Russian words that are not nouns. */
const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю|ыми|ими)$/;
/** Nouns in -ие/-ий that the ending test would take for adjectives (оборудование, алюминий, натрий). */
const NOUN_IN_ADJECTIVE_FORM = /(?:ние|тие|вие|ьие|ний|тий|рий|мий|лий|зий|дий|ций)$/;
const ADJECTIVES_IN_NIE =
  /^(?:верх|ниж|перед|зад|сред|внутрен|внеш|край|послед|си|лет|зим|осен|весен|утрен|вечер|ран|поздн|дальн|ближ)н?(?:ие|ий|яя|ее|юю|его|ему|их|им|ими)$/;

const isCyrillic = (word: string) => /[а-я]/.test(word);
const isLatin = (word: string) => /[a-z]/.test(word);

/** Whether a Russian word form is an adjective or participle (it does not name the product). */
export function isAdjective(word: string): boolean {
  if (!isCyrillic(word) || word.length < 4) return false;
  if (ADJECTIVES_IN_NIE.test(word)) return true;
  if (NOUN_IN_ADJECTIVE_FORM.test(word)) return false;
  return ADJECTIVE_ENDING.test(word);
}

/** The stem of one lower-case word (no digits). */
export function stemWord(word: string): string {
  // Snowball leaves -е on some stems (батарея → батаре, батареи → батар): one stem for all forms.
  if (isCyrillic(word)) return russianStem(word).replace(/(?<=...)е$/, '');
  if (isLatin(word) && /^[a-z]+$/.test(word)) return englishStem(word);
  return word;
}

const RAW_TOKEN = /[\p{L}\p{N}]+(?:[-.,/·*×][\p{L}\p{N}]+)*|[(),;:!?«»"“”„[\]{}—|]/gu;
const CAPITALS = /^[A-ZА-Я]{2,8}$/;

function wordTokens(raw: string): Token[] {
  // Hyphenated and slashed words are read part by part (эпоксидно-диановая, ИК/УФ, high-bay).
  return raw
    .split(/[-/]/)
    .filter((part) => part.length > 0)
    .flatMap((part, index): Token[] => {
      const lower = part.toLowerCase();
      const joiner: Token[] = index > 0 && raw.includes('/') ? [{ kind: 'and' }] : [];
      if (STOP_WORDS.has(lower)) return joiner;
      const latin = isLatin(lower);
      if (CAPITALS.test(part)) return [...joiner, { kind: 'word', stem: lower, adjective: false, latin }];
      if (lower.length < 2 && !/[а-я]/.test(lower)) return joiner;
      return [...joiner, { kind: 'word', stem: stemWord(lower), adjective: isAdjective(lower), latin }];
    });
}

/** An explosion-protection marking ("1Ex mb IIC T6 Gb", "Ex d IIB T4"): read as the word "Ex". */
const EX_MARKING =
  /(?<![\p{L}\d])\d?Ex\s+(?:[a-z]{1,2}\s+)*(?:I{1,3}[ABC]?\s+)?(?:T\d\s*)?(?:[GDM][abc])?(?![\p{L}\d])/gu;

/** The tokens of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalizeText(text).replace(EX_MARKING, ' Ex ').matchAll(RAW_TOKEN)) {
    const raw = match[0];
    const lower = raw.toLowerCase();
    if (raw.length === 1 && !/[\p{L}\p{N}]/u.test(raw)) {
      tokens.push({ kind: 'break', preposition: null, mark: raw });
    } else if (PREPOSITIONS.has(lower)) {
      tokens.push({ kind: 'break', preposition: lower });
    } else if (CONJUNCTIONS.has(lower)) {
      tokens.push({ kind: 'and' });
    } else if (/\d/.test(raw)) {
      tokens.push({ kind: 'code', code: normalizeCode(raw) });
      // The letters a designation starts with name a series (КСО-298, ТМГ-630, КАМАЗ-65115).
      const letters = /^([A-Za-zА-Яа-я]{2,})[-.]?\d/.exec(raw)?.[1];
      if (letters) tokens.push(...wordTokens(letters));
    } else if (tokens.at(-1)?.kind === 'code' && UNIT_WORDS.has(lower)) {
      // The unit of the number before it ("0,5–10 МВт"): a size, read by quantities.ts.
    } else {
      tokens.push(...wordTokens(raw));
    }
  }
  return tokens;
}
