import type { MatchComponent, MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { type Okpd2Level, okpd2Level, okpd2Path } from '@zamena/shared/domain/okpd2';

/**
 * Match scoring (DESIGN.md §4, step 2): pure functions over facts the matching repo loads. Every
 * weight and threshold lives in this one object, so tuning is one edit and `npm run eval:matching`
 * shows its effect on precision@5 against the analysts' reviews.
 */
export type MatchingConfig = {
  weights: Readonly<Record<MatchComponent, number>>;
  classificationByLevel: Readonly<Partial<Record<Okpd2Level, number>>>;
  text: Readonly<{ samePartNumber: number; nearPartNumberFactor: number; wordsWeight: number }>;
  distanceScaleKm: number;
  trust: Readonly<{ verified: number; localization: number }>;
  topK: number;
  threshold: number;
  maxCandidates: number;
  maxReverseCandidates: number;
};

export const MATCHING_CONFIG: Readonly<MatchingConfig> = {
  weights: { classification: 0.35, text: 0.2, capacity: 0.15, leadTime: 0.1, distance: 0.1, trust: 0.1 },
  /** Deepest common OKPD2 level between the need's code and a capability's code; shallower: 0. */
  classificationByLevel: { subcategory: 1, category: 0.9, kind: 0.75, subgroup: 0.6, group: 0.5 },
  text: {
    /** word_similarity of the replaced part number at or above this is the same part. */
    samePartNumber: 0.95,
    /** A near part number (one digit off is another part) counts this much of its similarity. */
    nearPartNumberFactor: 0.6,
    /** Share of the need title's words found in the capability vs trigram similarity of the titles. */
    wordsWeight: 0.6,
  },
  /** Distance score halves at this many kilometres: 1 / (1 + km / scale). */
  distanceScaleKm: 1000,
  trust: { verified: 0.5, localization: 0.5 },
  /** Matches kept per need, best first, and the least score kept. */
  topK: 20,
  threshold: 0.4,
  /** Candidates the SQL hands over for exact scoring (pre-ranked by classification depth, title). */
  maxCandidates: 60,
  /** Open needs a new capability is scored against (reverse matching). */
  maxReverseCandidates: 1000,
};

export type Weights = MatchingConfig['weights'];

const DAY_MS = 86_400_000;
const DAYS_PER_MONTH = 30.4375;
const EARTH_RADIUS_KM = 6371.0088;

export type Point = { lat: number; lon: number };

export type NeedFacts = {
  okpd2: string;
  /** Decimal string (numeric): converted to a number only for ratios, never stored back. */
  quantity: string;
  unit: string;
  neededBy: string;
  regionCode: string;
  location: Point;
};

export type CapabilityFacts = {
  okpd2: string[];
  monthlyCapacity: string;
  unit: string;
  minOrderQuantity: string | null;
  leadTimeDays: number;
  regionCode: string;
  location: Point;
  verified: boolean;
  pp719RegistryNumber: string | null;
  localizationValidUntil: string | null;
};

/** Text signals from PostgreSQL, each in [0, 1]. */
export type TextSignals = {
  /** Share of the need title's lexemes (russian stems) present in the capability's search vector. */
  words: number;
  /** pg_trgm similarity of the two titles. */
  title: number;
  /** word_similarity of the need's `replaces` within the capability's analogues and title; 0 without. */
  partNumber: number;
};

export type ScoredMatch = {
  score: number;
  components: MatchComponents;
  interregional: boolean;
  distanceKm: number;
};

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** The deepest classifier level two codes share (`null` when not even the section). */
export function commonOkpd2Level(a: string, b: string): Okpd2Level | null {
  const pathB = new Set(okpd2Path(b));
  const common = okpd2Path(a).filter((code) => pathB.has(code));
  const deepest = common.at(-1);
  return deepest ? okpd2Level(deepest) : null;
}

export function classificationScore(
  needCode: string,
  capabilityCodes: string[],
  config: MatchingConfig = MATCHING_CONFIG,
): number {
  const byLevel = config.classificationByLevel;
  return Math.max(
    0,
    ...capabilityCodes.map((code) => {
      const level = commonOkpd2Level(needCode, code);
      return level ? (byLevel[level] ?? 0) : 0;
    }),
  );
}

export function textScore(signals: TextSignals, config: MatchingConfig = MATCHING_CONFIG): number {
  const { samePartNumber, nearPartNumberFactor, wordsWeight } = config.text;
  const part = signals.partNumber >= samePartNumber ? 1 : clamp01(signals.partNumber) * nearPartNumberFactor;
  const words = wordsWeight * clamp01(signals.words) + (1 - wordsWeight) * clamp01(signals.title);
  return Math.max(part, words);
}

/** OKEI units convertible into each other, as a factor to a base unit (kg, m³). */
const UNIT_BASE: Record<string, { base: string; factor: number }> = {
  '166': { base: 'mass', factor: 1 },
  '168': { base: 'mass', factor: 1000 },
  '113': { base: 'volume', factor: 1 },
  '112': { base: 'volume', factor: 0.001 },
};

/** `value` of `from` expressed in `to`, or null when the units do not convert (pieces vs kg). */
export function convertQuantity(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = UNIT_BASE[from];
  const b = UNIT_BASE[to];
  if (!a || !b || a.base !== b.base) return null;
  return (value * a.factor) / b.factor;
}

export const daysUntil = (date: string, today: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

/**
 * Monthly capacity × months until needed-by, against the quantity. A need below the minimum order
 * quantity, or in a unit the capability cannot be expressed in, gets 0.
 */
export function capacityScore(need: NeedFacts, capability: CapabilityFacts, today: string): number {
  const quantity = Number(need.quantity);
  const monthly = convertQuantity(Number(capability.monthlyCapacity), capability.unit, need.unit);
  if (monthly === null || !(quantity > 0)) return 0;
  if (capability.minOrderQuantity !== null) {
    const minimum = convertQuantity(Number(capability.minOrderQuantity), capability.unit, need.unit);
    if (minimum !== null && quantity < minimum) return 0;
  }
  const months = Math.max(0, daysUntil(need.neededBy, today)) / DAYS_PER_MONTH;
  return clamp01((monthly * months) / quantity);
}

/** 1 when the lead time fits before the needed-by date; the share of it that fits otherwise. */
export function leadTimeScore(neededBy: string, leadTimeDays: number, today: string): number {
  const days = daysUntil(neededBy, today);
  if (days <= 0) return 0;
  if (leadTimeDays <= days) return 1;
  return clamp01(days / leadTimeDays);
}

/** Great-circle (haversine) distance between two administrative centres, in kilometres. */
export function greatCircleKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const distanceScore = (km: number, config: MatchingConfig = MATCHING_CONFIG) =>
  clamp01(1 / (1 + Math.max(0, km) / config.distanceScaleKm));

/** A verified organization and a PP 719 localization valid today. */
export function trustScore(
  capability: CapabilityFacts,
  today: string,
  config: MatchingConfig = MATCHING_CONFIG,
): number {
  const localized =
    capability.pp719RegistryNumber !== null &&
    capability.localizationValidUntil !== null &&
    capability.localizationValidUntil >= today;
  return (capability.verified ? config.trust.verified : 0) + (localized ? config.trust.localization : 0);
}

/** Weighted sum, normalised by the weights' total, four decimals. */
export function combine(components: MatchComponents, weights: Weights = MATCHING_CONFIG.weights): number {
  const keys = Object.keys(weights) as (keyof Weights)[];
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  const sum = keys.reduce((acc, key) => acc + weights[key] * clamp01(components[key]), 0);
  return total > 0 ? round4(sum / total) : 0;
}

export function scoreMatch(
  need: NeedFacts,
  capability: CapabilityFacts,
  signals: TextSignals,
  today: string,
  config: MatchingConfig = MATCHING_CONFIG,
): ScoredMatch {
  const km = greatCircleKm(need.location, capability.location);
  const components: MatchComponents = {
    classification: round4(classificationScore(need.okpd2, capability.okpd2, config)),
    text: round4(textScore(signals, config)),
    capacity: round4(capacityScore(need, capability, today)),
    leadTime: round4(leadTimeScore(need.neededBy, capability.leadTimeDays, today)),
    distance: round4(distanceScore(km, config)),
    trust: round4(trustScore(capability, today, config)),
  };
  return {
    score: combine(components, config.weights),
    components,
    interregional: need.regionCode !== capability.regionCode,
    distanceKm: Math.round(km),
  };
}

/** At or above the threshold, best first (ties by id, so reruns agree), at most `topK`. */
export function selectTop<T extends { id: string; score: number }>(
  scored: T[],
  config: Pick<MatchingConfig, 'threshold' | 'topK'> = MATCHING_CONFIG,
): T[] {
  return scored
    .filter((item) => item.score >= config.threshold)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, config.topK);
}
