import { okpd2Path } from '@zamena/shared/domain/okpd2';
import type { CapabilityWithText, NeedForMatching } from './candidates.repo';
import { type MatchProfile, readWithFiles } from './relevance/match-profile';
import {
  type PreparedNeed,
  prepareNeed,
  relevanceOf,
  termRarity,
  type TermRarity,
} from './relevance/relevance';
import type { RelevanceModel } from './relevance/relevance-model';
import { classificationScore, type MatchingConfig, type ScoredMatch, scoreMatch } from './scoring';

/** A need or capability with its text and the profile stored for its current version, if any. */
type Profiled = { storedProfile: unknown; storedProfileVersion: number | null };

export type TermStats = { total: number; frequency: (term: string) => number };

/**
 * Relevance and fit of candidates (DESIGN.md §4, steps 2–3), shared by need runs and capability runs:
 * profiles come from storage when they were read from the current text by the current model, else
 * from the text itself.
 */
export function createMatchScorer(model: RelevanceModel, config: MatchingConfig) {
  /** The stored profile only when it was read with the need's current file names (a file added or removed since). */
  const profileOfNeed = (need: NeedForMatching & Profiled & { description: string }): MatchProfile => {
    const stored = model.storedProfile(need.storedProfile, need.storedProfileVersion);
    if (stored && readWithFiles(stored, need.fileNames)) return stored;
    return model.needProfile({
      title: need.title,
      description: need.description,
      replaces: need.replaces,
      files: need.fileNames,
    });
  };

  /** The stored profile only when it was read from this version of the capability. */
  const profileOfCapability = (capability: CapabilityWithText): MatchProfile =>
    (capability.storedCapabilityVersion === capability.version
      ? model.storedProfile(capability.storedProfile, capability.storedProfileVersion)
      : null) ??
    model.capabilityProfile({
      title: capability.title,
      description: capability.description,
      analogues: capability.analogues,
    });

  const rarityOf = (stats: TermStats): TermRarity => termRarity(stats.total, stats.frequency);

  /** A need's profile weighed by the run's term rarity, once for all its candidates. */
  const prepare = (needProfile: MatchProfile, rarity: TermRarity): PreparedNeed =>
    prepareNeed(needProfile, rarity, config.relevance);

  /** The OKPD2 prior of a pair of codes, remembered: a run compares the same few codes again and again. */
  const priors = new Map<string, number>();
  const classificationOf = (needCode: string, capabilityCodes: string[]) => {
    const key = `${needCode}|${capabilityCodes.join(',')}`;
    let prior = priors.get(key);
    if (prior === undefined) {
      prior = classificationScore(needCode, capabilityCodes, config);
      if (priors.size >= 50_000) priors.clear();
      priors.set(key, prior);
    }
    return prior;
  };

  function score(
    need: NeedForMatching,
    prepared: PreparedNeed,
    capability: CapabilityWithText,
    capabilityProfile: MatchProfile,
    today: string,
  ): ScoredMatch {
    const relevance = relevanceOf(
      prepared,
      capabilityProfile,
      classificationOf(need.okpd2, capability.okpd2),
      model.dictionary,
      config.relevance,
    );
    return scoreMatch(need, capability, relevance, today, config);
  }

  return { profileOfNeed, profileOfCapability, rarityOf, prepare, score, pathOf: okpd2Path };
}
export type MatchScorer = ReturnType<typeof createMatchScorer>;
