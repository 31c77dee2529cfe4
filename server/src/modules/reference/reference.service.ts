import type {
  Okpd2Code,
  Okpd2Query,
  Okpd2Suggestion,
  Okpd2SuggestQuery,
  Region,
} from '@zamena/shared/reference/reference.schemas';
import { MAX_ALTERNATIVES, type TermDictionary, termDictionary, termGroups } from '../../lib/term-dictionary';
import type { Okpd2Terms } from './reference.okpd2-ranking';
import type { ReferenceRepo } from './reference.repo';

const CODE_PREFIX = /^([A-U]|\d{1,2}(\.\d{0,2}){0,2}(\.\d{0,3})?)$/;

/** Words of a query the OKPD2 search reads, at most. */
const MAX_WORDS = 8;

/**
 * The words of `text` and the Russian alternatives the dictionary offers for its spans ("bearing" →
 * подшипник); null when it has no word. The classifier's names are Russian, so other alternatives
 * would find nothing.
 */
export function okpd2Terms(
  dictionary: TermDictionary,
  text: string,
  reading: Okpd2Terms['reading'],
): Okpd2Terms | null {
  const groups = termGroups(dictionary, text);
  const words = groups.flatMap((group) => group.words).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const alternatives = groups
    .flatMap((group) => group.alternatives)
    .filter((phrase) => phrase.some((word) => /[а-я]/.test(word)))
    .slice(0, MAX_ALTERNATIVES);
  return { text: text.slice(0, 100), words, reading, alternatives };
}

type Okpd2Row = Omit<Okpd2Code, 'level'> & { level: string };
const asCode = (row: Okpd2Row): Okpd2Code => ({ ...row, level: row.level as Okpd2Code['level'] });

/** Codes suggested from each source, at most, so that one source never crowds out the other. */
const PER_SOURCE = 3;

type Deps = {
  repo: ReferenceRepo;
  /** The OKPD2 codes of existing needs like a title, most supported first (needs.search.similar.ts). */
  similarNeedCodes?: (title: string, limit: number) => Promise<string[]>;
  dictionary?: TermDictionary;
};

/**
 * Regions and OKPD2 codes are reference data, seeded before the server starts and never changed by it:
 * every posted need and capability checks them, so they are remembered for the process. Regions are
 * read once (a failed or empty read is not kept).
 */
export function createReferenceService({ repo, similarNeedCodes, dictionary }: Deps) {
  const terms = (text: string, reading: Okpd2Terms['reading']) =>
    okpd2Terms(dictionary ?? termDictionary(), text, reading);
  let regionsOnce: Promise<Region[]> | null = null;
  const knownOkpd2 = new Set<string>();

  async function loadRegions(): Promise<Region[]> {
    const rows = await repo.listRegions();
    if (rows.length === 0) regionsOnce = null;
    return rows.map((r) => ({
      code: r.code,
      nameRu: r.nameRu,
      nameEn: r.nameEn,
      federalDistrict: r.federalDistrict as Region['federalDistrict'],
      capital: r.capital,
      lat: r.lat,
      lon: r.lon,
      timezone: r.timezone,
    }));
  }

  return {
    listRegions(): Promise<Region[]> {
      regionsOnce ??= loadRegions().catch((error: unknown) => {
        regionsOnce = null;
        throw error;
      });
      return regionsOnce;
    },

    regionExists: (code: string) => repo.regionExists(code),

    async searchOkpd2({ q, parent, limit }: Okpd2Query): Promise<Okpd2Code[]> {
      const query = q?.trim();
      let rows;
      if (!query) rows = await repo.okpd2Children(parent ?? null, limit);
      else if (CODE_PREFIX.test(query)) rows = await repo.okpd2ByPrefix(query.replace(/\.$/, ''), limit);
      else {
        const searched = terms(query, 'query');
        rows = searched ? await repo.okpd2ByTerms(searched, limit) : [];
      }
      return rows.map(asCode);
    },

    /**
     * Codes for a need or capability titled `title`: the codes of existing needs with similar titles
     * (what people chose for the same thing) first, then the classifier's best matches of the title.
     */
    async suggestOkpd2({ title, limit }: Okpd2SuggestQuery): Promise<Okpd2Suggestion[]> {
      const searched = terms(title, 'title');
      if (!searched) return [];
      const [fromNeeds, byName] = await Promise.all([
        similarNeedCodes ? similarNeedCodes(title, PER_SOURCE) : Promise.resolve([]),
        repo.okpd2ByTerms(searched, PER_SOURCE),
      ]);
      const named = new Map((await repo.okpd2ByCodes(fromNeeds)).map((row) => [row.code, row]));
      const suggestions: Okpd2Suggestion[] = [
        ...fromNeeds.flatMap((code) => {
          const row = named.get(code);
          return row ? [{ ...asCode(row), reason: 'similar_needs' as const }] : [];
        }),
        ...byName.map((row) => ({ ...asCode(row), reason: 'name' as const })),
      ];
      const seen = new Set<string>();
      return suggestions
        .filter((suggestion) => !seen.has(suggestion.code) && seen.add(suggestion.code))
        .slice(0, limit);
    },

    /**
     * Which of `codes` are in the classifier. Found codes are remembered for the process (the classifier
     * only grows between releases, by seeding); unknown ones are asked again each time.
     */
    async existingOkpd2Codes(codes: string[]): Promise<Set<string>> {
      const unseen = [...new Set(codes)].filter((code) => !knownOkpd2.has(code));
      for (const row of await repo.okpd2ByCodes(unseen)) knownOkpd2.add(row.code);
      return new Set(codes.filter((code) => knownOkpd2.has(code)));
    },
  };
}
export type ReferenceService = ReturnType<typeof createReferenceService>;
