import { readFileSync } from 'node:fs';
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';

/**
 * The term dictionary of the search boxes (needs, capabilities, the OKPD2 picker): the trade dictionary
 * of matching (trade-terms.txt, read as it is, so the two never drift apart) plus the search-only lines
 * of search-terms.txt. A query's words are looked up by their Snowball stems, so any word form finds its
 * line ("подшипники" and "подшипнику" both find «подшипник | bearing»), and each line found offers the
 * other names of the same thing (the other language, synonyms) as alternatives to search for too.
 *
 * What matching needs and a search box does not is left out: conditional variants (`[if …]`, an
 * ambiguous abbreviation is expanded only beside its context, which a short query lacks) and the lines of
 * mutually exclusive attributes (`! …`).
 */

type Phrase = { words: string[]; stems: string[] };
type Entry = { stems: string[]; others: Phrase[] };
export type TermDictionary = { byFirstStem: Map<string, Entry[]> };

/** A query's span: its words, and the other names of the thing they name (none for a plain word). */
export type TermGroup = { words: string[]; alternatives: string[][] };

/** Alternatives offered per query, at most: each one is an OR-ed branch of the search. */
export const MAX_ALTERNATIVES = 4;
/** Words of a query looked up, at most (a search box holds a few words; a title a few more). */
const MAX_WORDS = 12;

const isCyrillic = (word: string) => /[а-я]/.test(word);

/** Lower case, `ё` as `е`, split on anything but letters and digits (hyphens too: "мотор-редуктор"). */
export const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The Snowball stem of a lower-case word: Russian for Cyrillic, English for Latin, else the word. */
export function stemOf(word: string): string {
  if (isCyrillic(word)) return russianStem(word);
  if (/^[a-z]+$/.test(word)) return englishStem(word);
  return word;
}

const phraseOf = (text: string): Phrase | null => {
  const words = wordsOf(text);
  // A variant with a number is a designation, not a word a search widens.
  if (words.length === 0 || words.some((word) => /\d/.test(word))) return null;
  return { words, stems: words.map(stemOf) };
};

/** Parses dictionary sources (the trade-terms.txt format); lines naming the same phrase are merged. */
export function parseTermDictionary(...sources: string[]): TermDictionary {
  const entries = new Map<string, { stems: string[]; others: Map<string, Phrase> }>();
  for (const source of sources) {
    for (const raw of source.split('\n')) {
      const line = raw.replace(/#.*$/, '').trim();
      if (!line || line.startsWith('!')) continue;
      const phrases = line
        .split('|')
        .filter((variant) => !variant.includes('[if '))
        .map(phraseOf)
        .filter((phrase): phrase is Phrase => phrase !== null);
      for (const phrase of phrases) {
        const key = phrase.stems.join(' ');
        const entry = entries.get(key) ?? { stems: phrase.stems, others: new Map<string, Phrase>() };
        for (const other of phrases) {
          const otherKey = other.stems.join(' ');
          if (otherKey !== key && !entry.others.has(otherKey)) entry.others.set(otherKey, other);
        }
        entries.set(key, entry);
      }
    }
  }
  const byFirstStem = new Map<string, Entry[]>();
  for (const { stems, others } of entries.values()) {
    if (others.size === 0) continue;
    const list = byFirstStem.get(stems[0]!) ?? [];
    list.push({ stems, others: [...others.values()] });
    list.sort((a, b) => b.stems.length - a.stems.length);
    byFirstStem.set(stems[0]!, list);
  }
  return { byFirstStem };
}

/** The query's words in spans: at each word the longest dictionary phrase that starts there, else the word. */
export function termGroups(dictionary: TermDictionary, text: string): TermGroup[] {
  const words = wordsOf(text).slice(0, MAX_WORDS);
  const stems = words.map(stemOf);
  const groups: TermGroup[] = [];
  for (let i = 0; i < words.length;) {
    const entry = dictionary.byFirstStem
      .get(stems[i]!)
      ?.find((candidate) => candidate.stems.every((stem, k) => stems[i + k] === stem));
    const length = entry?.stems.length ?? 1;
    groups.push({
      words: words.slice(i, i + length),
      alternatives: entry ? entry.others.map((phrase) => phrase.words) : [],
    });
    i += length;
  }
  return groups;
}

/**
 * Up to MAX_ALTERNATIVES rewordings of the query, each with one span named another way ("шариковый
 * bearing" → "шариковый подшипник"). One span at a time, never their product: the count stays bounded.
 */
export function searchAlternatives(dictionary: TermDictionary, text: string): string[] {
  const groups = termGroups(dictionary, text);
  const alternatives: string[] = [];
  groups.forEach((group, index) => {
    for (const alternative of group.alternatives) {
      if (alternatives.length >= MAX_ALTERNATIVES) return;
      const words = groups.flatMap((other, k) => (k === index ? alternative : other.words));
      alternatives.push(words.join(' '));
    }
  });
  return alternatives;
}

/**
 * The alternatives of a search box's query; none for a query with a quoted phrase (in
 * websearch_to_tsquery an alternative after an unclosed quote would join the phrase).
 */
export const queryAlternatives = (dictionary: TermDictionary, q: string): string[] =>
  q.includes('"') ? [] : searchAlternatives(dictionary, q);

/** The query for websearch_to_tsquery with its alternatives OR-ed: `bearing or подшипник`. */
export const orWebsearch = (q: string, alternatives: string[]): string =>
  alternatives.length === 0 ? q : [q, ...alternatives].join(' or ');

export const websearchWithAlternatives = (dictionary: TermDictionary, q: string): string =>
  orWebsearch(q, queryAlternatives(dictionary, q));

/**
 * Any word of the text or any alternative phrase, for websearch_to_tsquery: `подшипник or роликовый or
 * bearing`, to find texts that share some words with a title (ranked by how many). Null without words.
 */
export function websearchAlternativesOfAny(dictionary: TermDictionary, text: string): string | null {
  const groups = termGroups(dictionary, text);
  const words = groups.flatMap((group) => group.words);
  const phrases = groups.flatMap((group) => group.alternatives.map((phrase) => phrase.join(' ')));
  const parts = [...new Set([...words, ...phrases.slice(0, 2 * MAX_ALTERNATIVES)])];
  return parts.length === 0 ? null : parts.join(' or ');
}

let shared: TermDictionary | null = null;

/** The dictionary of the files beside the sources, read on first use. */
export function termDictionary(): TermDictionary {
  shared ??= parseTermDictionary(
    readFileSync(new URL('../modules/matching/relevance/trade-terms.txt', import.meta.url), 'utf8'),
    readFileSync(new URL('./search-terms.txt', import.meta.url), 'utf8'),
  );
  return shared;
}
