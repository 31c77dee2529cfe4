import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  type CapabilityText,
  capabilityProfile,
  type MatchProfile,
  needProfile,
  type NeedText,
} from './match-profile';
import { parseTradeDictionary, type TradeDictionary } from './trade-dictionary';

/**
 * The relevance model as the worker uses it: the trade dictionary read once, profiles of needs and
 * capabilities, and the version stored with each profile. The version is a hash of the dictionary and
 * `READING`: bump `READING` whenever match-profile.ts or what it calls reads text differently, and
 * stored profiles of the old version are recomputed (the refresh-match-profiles job).
 */
const READING = 2;

export type RelevanceModel = {
  dictionary: TradeDictionary;
  profileVersion: number;
  needProfile: (need: NeedText) => MatchProfile;
  capabilityProfile: (capability: CapabilityText) => MatchProfile;
  /** A stored profile when it is of this version, else null (the caller recomputes). */
  storedProfile: (stored: unknown, version: number | null) => MatchProfile | null;
};

export function createRelevanceModel(dictionarySource: string): RelevanceModel {
  const dictionary = parseTradeDictionary(dictionarySource);
  const digest = createHash('sha256').update(`${READING}\n${dictionarySource}`).digest();
  // A positive int4 (the column type), stable for the same dictionary and reading.
  const profileVersion = digest.readUInt32BE(0) & 0x7fffffff;
  return {
    dictionary,
    profileVersion,
    needProfile: (need) => needProfile(need, dictionary),
    capabilityProfile: (capability) => capabilityProfile(capability, dictionary),
    // Written by this code for this version (matchProfileSchema describes it): checked by its shape only,
    // as a full parse of every candidate's profile would cost more than scoring it.
    storedProfile: (stored, version) =>
      version === profileVersion && isProfileShaped(stored) ? (stored as MatchProfile) : null,
  };
}

const isProfileShaped = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  (['heads', 'product', 'title', 'body', 'references'] as const).every((key) =>
    Array.isArray((value as Record<string, unknown>)[key]),
  );

let shared: RelevanceModel | undefined;

/** The model of the dictionary beside this file (trade-terms.txt), read on first use. */
export function relevanceModel(): RelevanceModel {
  shared ??= createRelevanceModel(readFileSync(new URL('./trade-terms.txt', import.meta.url), 'utf8'));
  return shared;
}

/**
 * The terms of a profile as counted by the term statistics: every word and concept of its title and
 * description, and the words of its phrase concepts (a capability head "муфт" then finds a need whose
 * title reads "муфта кулачковая").
 */
export const termsOf = (profile: MatchProfile): string[] =>
  withPhraseWords([...profile.title, ...profile.body, ...profile.product, ...profile.heads]);

/** The terms of the title alone: what the candidate indexes look a head noun up in. */
export const titleTermsOf = (profile: MatchProfile): string[] =>
  withPhraseWords([...profile.title, ...profile.product, ...profile.heads]);

function withPhraseWords(found: string[]): string[] {
  const terms = new Set(found);
  for (const term of found) {
    if (term.startsWith('=') && term.includes('_'))
      for (const word of term.slice(1).split('_')) terms.add(word);
  }
  return [...terms].sort();
}
