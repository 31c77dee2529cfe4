import type { Okpd2Code, Okpd2Query, Region } from '@zamena/shared/reference/reference.schemas';
import type { ReferenceRepo } from './reference.repo';

const CODE_PREFIX = /^([A-U]|\d{1,2}(\.\d{0,2}){0,2}(\.\d{0,3})?)$/;

/** Words of the query as a tsquery: every word must match, the last one as a prefix (search while typing). */
export function toPrefixTsquery(q: string): string | null {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

/**
 * Regions and OKPD2 codes are reference data, seeded before the server starts and never changed by it:
 * every posted need and capability checks them, so they are remembered for the process. Regions are
 * read once (a failed or empty read is not kept).
 */
export function createReferenceService({ repo }: { repo: ReferenceRepo }) {
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
        const tsquery = toPrefixTsquery(query);
        rows = tsquery ? await repo.okpd2ByWords(tsquery, limit) : [];
      }
      return rows.map((r) => ({ ...r, level: r.level as Okpd2Code['level'] }));
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
