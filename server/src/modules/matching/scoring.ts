import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { OKEI_CONVERSIONS } from '@zamena/shared/domain/okei';
import { type Okpd2Level, okpd2Level, okpd2Path } from '@zamena/shared/domain/okpd2';
import { RELEVANCE_CONFIG, type Relevance, type RelevanceConfig } from './relevance/relevance';

/**
 * Match scoring (DESIGN.md §4, steps 3–4): relevance (relevance/relevance.ts) says whether a capability
 * is the product; fit — capacity by the needed-by date, lead time, distance, trust — ranks relevant
 * ones. The score is relevance first: fit moves it by at most `fitShare`, so an irrelevant capability
 * never rises on fit alone. Strong matches (relevance at or above `alertThreshold`) alert their
 * manufacturer; possible ones (down to `possibleThreshold`) are shown to the buyer and analysts only.
 * Every weight and threshold lives in this one object.
 */
export type MatchingConfig = {
  fitWeights: Readonly<Record<FitComponent, number>>;
  fitShare: number;
  classificationByLevel: Readonly<Partial<Record<Okpd2Level, number>>>;
  distanceScaleKm: number;
  trust: Readonly<{ verified: number; localization: number }>;
  topK: number;
  alertThreshold: number;
  possibleThreshold: number;
  maxCandidates: number;
  maxNeighbours: number;
  maxReverseCandidates: number;
  relevance: Readonly<RelevanceConfig>;
};

export type FitComponent = 'capacity' | 'leadTime' | 'distance' | 'trust';

export const MATCHING_CONFIG: Readonly<MatchingConfig> = {
  fitWeights: { capacity: 0.35, leadTime: 0.25, distance: 0.2, trust: 0.2 },
  fitShare: 0.2,
  /** The OKPD2 prior of relevance: the deepest common level of the need's and a capability's codes. */
  classificationByLevel: { subcategory: 1, category: 0.9, kind: 0.75, subgroup: 0.6, group: 0.5 },
  /** Distance score halves at this many kilometres: 1 / (1 + km / scale). */
  distanceScaleKm: 1000,
  trust: { verified: 0.5, localization: 0.5 },
  /** Matches kept per need, best first. */
  topK: 20,
  alertThreshold: 0.45,
  possibleThreshold: 0.3,
  /** Capabilities naming the need's head the SQL hands over for relevance (the most title terms shared first). */
  maxCandidates: 40,
  /** Capabilities of the need's OKPD2 group looked at besides (they show near misses as possible matches). */
  maxNeighbours: 10,
  /** Open needs a new capability is scored against (reverse matching). */
  maxReverseCandidates: 1000,
  relevance: RELEVANCE_CONFIG,
};

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

export type ScoredMatch = {
  score: number;
  relevance: number;
  notified: boolean;
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

/** `value` of `from` expressed in `to`, or null when the units do not convert (pieces vs kg). */
export function convertQuantity(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = OKEI_CONVERSIONS[from];
  const b = OKEI_CONVERSIONS[to];
  if (!a || !b || a.measure !== b.measure) return null;
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

/** Fit: the weighted mean of its components, in [0, 1]. */
export function fitOf(
  components: Record<FitComponent, number>,
  config: MatchingConfig = MATCHING_CONFIG,
): number {
  const keys = Object.keys(config.fitWeights) as FitComponent[];
  const total = keys.reduce((sum, key) => sum + config.fitWeights[key], 0);
  const sum = keys.reduce((acc, key) => acc + config.fitWeights[key] * clamp01(components[key]), 0);
  return total > 0 ? sum / total : 0;
}

export function scoreMatch(
  need: NeedFacts,
  capability: CapabilityFacts,
  relevance: Relevance,
  today: string,
  config: MatchingConfig = MATCHING_CONFIG,
): ScoredMatch {
  const km = greatCircleKm(need.location, capability.location);
  const fit = {
    capacity: round4(capacityScore(need, capability, today)),
    leadTime: round4(leadTimeScore(need.neededBy, capability.leadTimeDays, today)),
    distance: round4(distanceScore(km, config)),
    trust: round4(trustScore(capability, today, config)),
  };
  return {
    score: round4(relevance.relevance * (1 - config.fitShare + config.fitShare * fitOf(fit, config))),
    relevance: relevance.relevance,
    notified: relevance.relevance >= config.alertThreshold,
    components: { ...relevance.evidence, ...fit },
    interregional: need.regionCode !== capability.regionCode,
    distanceKm: Math.round(km),
  };
}

/** Relevant enough to show (a strong or a possible match), best first (ties by id, so reruns agree), at most `topK`. */
export function selectTop<T extends { id: string; score: number; relevance: number }>(
  scored: T[],
  config: Pick<MatchingConfig, 'possibleThreshold' | 'topK'> = MATCHING_CONFIG,
): T[] {
  return scored
    .filter((item) => item.relevance >= config.possibleThreshold)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, config.topK);
}
