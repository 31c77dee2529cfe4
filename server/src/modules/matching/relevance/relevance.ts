import { LOOSE_DIMENSIONS, type Quantity, conflictingDimensions } from './quantities';
import type { MatchProfile } from './match-profile';
import { partEvidence, type PartEvidence } from './part-references';
import type { TradeDictionary } from './trade-dictionary';

/**
 * Relevance (DESIGN.md §4, step 2): is the capability the product the need asks for? A number in
 * [0, 1] from evidence about the thing itself — the need's terms the capability covers (rarer terms
 * weigh more, the product phrase most), whether the head nouns meet, the foreign references both
 * name, designations, sizes and exclusive attributes that rule it out — with the OKPD2 code as a
 * prior. Capacity, distance and trust are not evidence of relevance (they rank among relevant ones).
 */
export type RelevanceConfig = {
  /** Weight of a term by where the need has it (times its rarity). */
  termWeights: Readonly<{ head: number; product: number; title: number; body: number }>;
  /** A need term the capability has only in its description counts this much. */
  bodyCredit: number;
  /** Ceiling of relevance when the head nouns do not meet, or another part of the same maker is named. */
  headMissingCeiling: number;
  otherPartCeiling: number;
  /** Ceiling when a size or an exclusive attribute conflicts. */
  conflictCeiling: number;
  /** Relevance when the same foreign reference is named, and the floor a series reference gives. */
  samePart: number;
  seriesPart: number;
  /** Share of relevance that comes from the OKPD2 prior. */
  classificationShare: number;
};

export const RELEVANCE_CONFIG: Readonly<RelevanceConfig> = {
  termWeights: { head: 1.5, product: 1, title: 0.35, body: 0.1 },
  bodyCredit: 0.75,
  headMissingCeiling: 0.4,
  otherPartCeiling: 0.4,
  conflictCeiling: 0.3,
  samePart: 0.95,
  seriesPart: 0.75,
  classificationShare: 0.15,
};

/** The evidence behind a relevance, each in [0, 1] (stored with the match and shown to people). */
export type RelevanceEvidence = {
  /** Weighted share of the need's terms the capability covers. */
  terms: number;
  /** 1 when the need's head noun is in the capability and one of the capability's in the need. */
  head: number;
  /** 1 same reference, 0.8 its series, 0.4 the same maker only, 0 none or another part. */
  partNumber: number;
  /** 1 a designation in common; 0 none. */
  designation: number;
  /** 0 when a size or an exclusive attribute rules the capability out, else 1. */
  attributes: number;
  /** OKPD2 prior: how deep the two codes agree. */
  classification: number;
};

export type Relevance = { relevance: number; evidence: RelevanceEvidence; part: PartEvidence };

/** Document frequencies among capabilities: a term's weight grows as it gets rarer. */
export type TermRarity = (term: string) => number;

export function termRarity(capabilities: number, frequency: (term: string) => number): TermRarity {
  return (term) => Math.log(1 + (capabilities + 1) / (frequency(term) + 0.5));
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** Suffixes that make a relational adjective of a noun (компрессор → компрессорн, резин → резинов, стал → стальн). */
const DERIVATION_SUFFIXES = ['н', 'ов', 'ев', 'ьн', 'ян', 'ан', 'ск', 'енн', 'онн', 'ическ'];

/** Derivations of the terms seen, remembered: a run asks for the same few hundred over and over. */
const derivations = new Map<string, string[]>();
const MAX_REMEMBERED = 50_000;

/** The stems derivationally next to a stem: its relational adjective, or the noun it was made from. */
function relatedStems(term: string): string[] {
  const known = derivations.get(term);
  if (known) return known;
  // A one-word concept (`=компрессор`) derives like its word; a phrase concept does not.
  const stem = term.replace(/^=/, '');
  const related = term.includes('_') ? [] : DERIVATION_SUFFIXES.map((suffix) => stem + suffix);
  if (!term.includes('_')) {
    for (const suffix of DERIVATION_SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= 3)
        related.push(stem.slice(0, -suffix.length));
    }
  }
  const forms = related.flatMap((other) => [other, `=${other}`]);
  if (derivations.size >= MAX_REMEMBERED) derivations.clear();
  derivations.set(term, forms);
  return forms;
}

/** The words a phrase concept stands for (`=муфт_кулачков` → муфт, кулачков); none for a word. */
const componentsOf = (term: string) =>
  term.startsWith('=') && term.includes('_') ? term.slice(1).split('_') : [];

/**
 * What a capability's terms must hold to name the need's product: each head, the words of a phrase
 * concept, and their derivations, as words and as one-word concepts (the candidate index, step 1).
 */
export function headKeysOf(need: MatchProfile): string[] {
  const keys = new Set<string>();
  for (const head of need.heads) {
    keys.add(head);
    for (const word of componentsOf(head)) keys.add(word).add(`=${word}`);
    for (const related of relatedStems(head)) keys.add(related);
  }
  return [...keys].sort();
}

const plainOf = (term: string) => (term.startsWith('=') && !term.includes('_') ? term.slice(1) : term);

/** A stem without the suffix that makes it a relational adjective (компрессорн → компрессор), else itself. */
function rootOf(stem: string): string {
  let root = stem;
  for (const suffix of DERIVATION_SUFFIXES) {
    const kept = stem.length - suffix.length;
    if (stem.endsWith(suffix) && kept >= 3 && kept < root.length) root = stem.slice(0, kept);
  }
  return root;
}

/**
 * Terms as looked up: words and one-word concepts by their word (a capability keeps the words its
 * phrases stand for), phrase concepts as they are and by their words, and the roots of the words.
 */
type TermSet = { terms: ReadonlySet<string>; roots: ReadonlySet<string> };

function termSetOf(...lists: string[][]): TermSet {
  const terms = new Set<string>();
  const roots = new Set<string>();
  for (const list of lists) {
    for (const term of list) {
      const plain = plainOf(term);
      terms.add(plain);
      if (plain.includes('_')) for (const word of componentsOf(plain)) terms.add(word);
      else roots.add(rootOf(plain));
    }
  }
  return { terms, roots };
}

/** A term as looked up in another text: itself, its words if it is a phrase concept, its root. */
type Probe = { plain: string; components: string[]; root: string };

const probeOf = (term: string): Probe => {
  const plain = plainOf(term);
  return { plain, components: componentsOf(term), root: rootOf(plain) };
};

/**
 * How much a term set covers a term: 1 itself, or a phrase concept whose words are all there in another
 * order ("муфты эластичные кулачкового типа" has "муфта кулачковая"); `related` a derivation of it (its
 * relational adjective, or the noun it was made from); a phrase concept with some of its words, that
 * share of `related` ("насосы вакуумные" for "насос центробежный": half); else 0.
 */
function presence(probe: Probe, set: TermSet, related: number): number {
  if (set.terms.has(probe.plain)) return 1;
  if (probe.components.length > 0) {
    let found = 0;
    for (const word of probe.components) if (set.terms.has(word)) found += 1;
    return found === probe.components.length ? 1 : (found / probe.components.length) * related;
  }
  return set.roots.has(probe.plain) || (probe.root !== probe.plain && set.terms.has(probe.root))
    ? related
    : 0;
}

/** A derived form of a word says the same thing a little less surely. */
const RELATED_CREDIT = 0.8;

/**
 * A need as relevance reads it against many capabilities, computed once per run rather than once per
 * pair: each of its terms with its weight (where the need has it, times its rarity), its heads, and the
 * terms of its title with the words of their phrases.
 */
export type PreparedNeed = {
  profile: MatchProfile;
  weighted: { probe: Probe; weight: number }[];
  total: number;
  heads: Probe[];
  title: TermSet;
};

export function prepareNeed(
  need: MatchProfile,
  rarity: TermRarity,
  config: RelevanceConfig = RELEVANCE_CONFIG,
): PreparedNeed {
  const weights = new Map<string, number>();
  const levels: Array<[string[], number]> = [
    [need.body, config.termWeights.body],
    [need.title, config.termWeights.title],
    [need.product, config.termWeights.product],
    [need.heads, config.termWeights.head],
  ];
  for (const [terms, weight] of levels) {
    for (const term of terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  }
  const weighted = [...weights].map(([term, weight]) => ({
    probe: probeOf(term),
    weight: weight * rarity(term),
  }));
  const title = termSetOf(need.title);
  return {
    profile: need,
    weighted,
    total: weighted.reduce((sum, { weight }) => sum + weight, 0),
    heads: need.heads.map(probeOf),
    title,
  };
}

/** A capability's terms as relevance looks them up. */
type CapabilityTerms = { title: TermSet; body: TermSet; modifiers: TermSet };

const capabilityTermsOf = (capability: MatchProfile): CapabilityTerms => ({
  title: termSetOf(capability.title),
  body: termSetOf(capability.body),
  modifiers: termSetOf(capability.modifiers),
});

function coverage(need: PreparedNeed, capability: CapabilityTerms, config: RelevanceConfig) {
  if (need.total === 0) return 0;
  let covered = 0;
  for (const { probe, weight } of need.weighted) {
    const inTheTitle = presence(probe, capability.title, RELATED_CREDIT);
    covered +=
      weight *
      (inTheTitle === 1
        ? 1
        : Math.max(inTheTitle, config.bodyCredit * presence(probe, capability.body, RELATED_CREDIT)));
  }
  return covered / need.total;
}

/**
 * Whether the two name the same kind of thing: the need's head noun is in the capability, and one of
 * the capability's heads is in the need's title, or the need's head is what the capability's adjectives
 * say ("батареи аккумуляторные" for "аккумуляторы"). A head that is only a complement ("втулки
 * рессор") does not hold: the capability makes something else for it. A need named by purpose
 * ("Комплект для защиты от дуги") is not held to the capability's noun.
 */
function headsMeet(
  need: PreparedNeed,
  capability: MatchProfile,
  terms: CapabilityTerms,
): { ours: boolean; theirs: boolean } {
  const ours =
    need.heads.length === 0 ||
    need.heads.some((head) => presence(head, terms.title, 1) === 1 || presence(head, terms.body, 1) === 1);
  const theirs =
    need.profile.genericHead ||
    capability.heads.length === 0 ||
    capability.heads.some((head) => presence(probeOf(head), need.title, 1) === 1) ||
    need.heads.some((head) => presence(head, terms.modifiers, 1) === 1);
  return { ours, theirs };
}

const strict = (quantities: Quantity[]) => quantities.filter((q) => !LOOSE_DIMENSIONS.has(q.dimension));
const asRanges = (quantities: MatchProfile['titleQuantities']): Quantity[] =>
  quantities.map((q) => ({ ...q, max: q.max ?? Infinity }));

/** Sizes: the need's title against the capability's title, and the precise dimensions against its description too. */
function sizesConflict(need: MatchProfile, capability: MatchProfile): boolean {
  const needTitle = asRanges(need.titleQuantities);
  const capabilityTitle = asRanges(capability.titleQuantities);
  if (conflictingDimensions(needTitle, capabilityTitle).length > 0) return true;
  const needAll = strict([...needTitle, ...asRanges(need.bodyQuantities)]);
  if (needAll.length === 0) return false;
  const capabilityAll = strict([...capabilityTitle, ...asRanges(capability.bodyQuantities)]);
  return conflictingDimensions(needAll, capabilityAll).length > 0;
}

/** The values of each exclusive class a profile states: its title's, or its description's for a class the title leaves out. */
function statedClasses(profile: MatchProfile, dictionary: TradeDictionary): Map<string, Set<string>> {
  const values = new Map<string, Set<string>>();
  for (const ids of [profile.bodyClasses, profile.titleClasses]) {
    const found = new Map<string, Set<string>>();
    for (const id of ids) {
      const name = dictionary.concepts.get(id)?.exclusiveClass;
      if (name) found.set(name, (found.get(name) ?? new Set<string>()).add(id));
    }
    for (const [name, set] of found) values.set(name, set);
  }
  return values;
}

/** An exclusive attribute both state with no value in common. */
function classesConflict(need: MatchProfile, capability: MatchProfile, dictionary: TradeDictionary): boolean {
  if (need.titleClasses.length + need.bodyClasses.length === 0) return false;
  const theirs = statedClasses(capability, dictionary);
  for (const [name, values] of statedClasses(need, dictionary)) {
    const stated = theirs.get(name);
    if (stated && ![...values].some((value) => stated.has(value))) return true;
  }
  return false;
}

const letters = (code: string) => code.replace(/[\d].*$/, '');

/**
 * Designations of the need against the capability's: one in common is evidence of the product; only
 * others of the same series letters (Р-646 against Р-4, Р-5; NPK 19 against NPK 16) are another product.
 */
function designationEvidence(need: string[], capability: string[]): 'same' | 'other' | 'none' {
  // Short codes are classes and grades (C5, P0), not designations of a product.
  const ours = need.filter((code) => code.length >= 4);
  const theirs = new Set(capability);
  if (ours.some((code) => theirs.has(code))) return 'same';
  const other = ours.some(
    (code) => letters(code).length > 0 && capability.some((c) => letters(c) === letters(code)),
  );
  return other ? 'other' : 'none';
}

const PART_SCORE: Record<PartEvidence, number> = { same: 1, series: 0.8, brand: 0.4, other: 0, none: 0 };

export function relevanceOf(
  prepared: PreparedNeed,
  capability: MatchProfile,
  classification: number,
  dictionary: TradeDictionary,
  config: RelevanceConfig = RELEVANCE_CONFIG,
): Relevance {
  const need = prepared.profile;
  const capabilityTerms = capabilityTermsOf(capability);
  const terms = coverage(prepared, capabilityTerms, config);
  const head = headsMeet(prepared, capability, capabilityTerms);
  const part = partEvidence(
    need.references.map((tokens) => ({ tokens })),
    capability.references.map((tokens) => ({ tokens })),
  );
  const designation = designationEvidence(need.designations, capability.designations);
  const conflict = sizesConflict(need, capability) || classesConflict(need, capability, dictionary);

  let base = terms;
  if (part === 'same') base = Math.max(base, config.samePart);
  else if (part === 'series') base = Math.max(base, config.seriesPart * (0.7 + 0.3 * terms));
  else if (part === 'brand') base += 0.1 * (1 - base);
  if (designation === 'same') base += 0.3 * (1 - base);
  let relevance = (1 - config.classificationShare) * base + config.classificationShare * classification;
  // The same reference outweighs words that differ; a series vouches for the need's noun, not for a
  // capability about something else (repairs, spare parts of it).
  const headsHold = part === 'same' || (head.theirs && (head.ours || part === 'series'));
  if (!headsHold) relevance = Math.min(relevance, config.headMissingCeiling);
  const otherPart = part === 'other' ? designation !== 'same' : designation === 'other' && part === 'none';
  if (otherPart) relevance = Math.min(relevance, config.otherPartCeiling);
  if (conflict) relevance = Math.min(relevance, config.conflictCeiling);
  return {
    relevance: round4(relevance),
    part,
    evidence: {
      terms: round4(terms),
      head: headsHold ? 1 : 0,
      partNumber: PART_SCORE[part],
      designation: designation === 'same' ? 1 : 0,
      attributes: conflict ? 0 : 1,
      classification: round4(classification),
    },
  };
}
