import { type Token, tokenize } from './words';

/**
 * The trade dictionary (`trade-terms.txt`): synonyms, abbreviations and Russian ↔ English terms that
 * name one concept, and classes of attributes that exclude each other. Parsed once; `annotate` rewrites
 * a token stream so that every variant of a concept reads as the same term.
 *
 * A synonym line lists variants: `ИБП | источник бесперебойного питания | UPS`. A variant followed by
 * `[if светильник or luminaire]` counts only when the text also has one of those words (an ambiguous abbreviation: ДСП is a
 * high-bay luminaire beside "светильник", an arc furnace elsewhere). An exclusive line starts with `!`
 * and lists values separated by `|`, each value's variants by `,`: `! газовый, gas | жидкотопливный, oil`.
 */
export type Concept = { id: string; exclusiveClass: string | null };

type Variant = { key: string[]; concept: Concept; requires: string[] };

export type TradeDictionary = {
  /** Variants by their first token's key, longest first. */
  byFirst: Map<string, Variant[]>;
  concepts: Map<string, Concept>;
};

/** A token as a dictionary key: a word by its stem, a preposition as itself, punctuation and conjunctions as markers; codes never match. */
export function tokenKey(token: Token): string | null {
  if (token.kind === 'word') return token.stem;
  if (token.kind === 'break') return token.preposition ?? '|';
  if (token.kind === 'and') return '&';
  return null;
}

const keysOf = (phrase: string): string[] => {
  const keys = tokenize(phrase).map(tokenKey);
  if (keys.some((key) => key === null))
    throw new Error(`trade dictionary: a variant cannot hold a number: ${phrase}`);
  return keys as string[];
};

function parseVariant(text: string): { key: string[]; requires: string[] } {
  const condition = /\[if ([^\]]+)\]\s*$/.exec(text);
  const phrase = condition ? text.slice(0, condition.index) : text;
  const key = keysOf(phrase.trim());
  if (key.length === 0) throw new Error(`trade dictionary: an empty variant in "${text}"`);
  return {
    key,
    requires: condition ? condition[1]!.split(/\s+or\s+/).flatMap((word) => keysOf(word.trim())) : [],
  };
}

export function parseTradeDictionary(source: string): TradeDictionary {
  const byFirst = new Map<string, Variant[]>();
  const concepts = new Map<string, Concept>();
  const owner = new Map<string, string>();
  const addConcept = (variants: string[], exclusiveClass: string | null, line: number) => {
    const parsed = variants.map((text) => parseVariant(text.trim()));
    const concept: Concept = { id: `=${parsed[0]!.key.join('_')}`, exclusiveClass };
    if (concepts.has(concept.id))
      throw new Error(`trade dictionary line ${line}: ${concept.id} is defined twice`);
    concepts.set(concept.id, concept);
    for (const { key, requires } of parsed) {
      const signature = `${key.join(' ')}[${requires.join(' ')}]`;
      const previous = owner.get(signature);
      if (previous === concept.id) continue;
      if (previous)
        throw new Error(`trade dictionary line ${line}: "${key.join(' ')}" already names ${previous}`);
      owner.set(signature, concept.id);
      const list = byFirst.get(key[0]!) ?? [];
      list.push({ key, concept, requires });
      // Longest first; of equal length, a conditional variant before the plain one (the more specific reading).
      list.sort((a, b) => b.key.length - a.key.length || b.requires.length - a.requires.length);
      byFirst.set(key[0]!, list);
    }
  };
  source.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    if (line.startsWith('!')) {
      const className = `!${index + 1}`;
      for (const value of line.slice(1).split('|')) addConcept(value.split(','), className, index + 1);
    } else {
      addConcept(line.split('|'), null, index + 1);
    }
  });
  return { byFirst, concepts };
}

/**
 * A token after the dictionary: a word may now be a concept (`=…`) standing for several tokens; the
 * words a concept stands for follow it, marked `consumed` (a capability's text still has them).
 */
export type Term = Token & { concept?: Concept; consumed?: boolean };

/**
 * Rewrites the tokens: at each position the longest variant whose tokens follow (and whose condition
 * the text meets) becomes one word token carrying its concept; other tokens stay as they are.
 */
export function annotate(tokens: Token[], dictionary: TradeDictionary): Term[] {
  const present = new Set(tokens.map(tokenKey).filter((key): key is string => key !== null));
  const out: Term[] = [];
  for (let i = 0; i < tokens.length;) {
    const first = tokenKey(tokens[i]!);
    const variant = first
      ? dictionary.byFirst
          .get(first)
          ?.find(
            (candidate) =>
              candidate.key.every((key, k) => tokens[i + k] && tokenKey(tokens[i + k]!) === key) &&
              (candidate.requires.length === 0 || candidate.requires.some((key) => present.has(key))),
          )
      : undefined;
    if (!variant) {
      out.push(tokens[i]!);
      i += 1;
      continue;
    }
    const words = tokens.slice(i, i + variant.key.length);
    const adjective = words.every((token) => token.kind === 'word' && token.adjective);
    const latin = words.some((token) => token.kind === 'word' && token.latin);
    out.push({ kind: 'word', stem: variant.concept.id, adjective, latin, concept: variant.concept });
    for (const word of words)
      if (word.kind === 'word' && word.stem !== variant.concept.id) out.push({ ...word, consumed: true });
    i += variant.key.length;
  }
  return out;
}
