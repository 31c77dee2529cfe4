import { asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { okpd2Codes, regions } from '../../db/schema';
import { okpd2Ranking, type Okpd2Terms } from './reference.okpd2-ranking';

const okpd2Columns = {
  code: okpd2Codes.code,
  name: okpd2Codes.name,
  parentCode: okpd2Codes.parentCode,
  level: okpd2Codes.level,
};

export function createReferenceRepo(db: DbExecutor) {
  return {
    listRegions: async () => db.select().from(regions).orderBy(asc(regions.code)),

    regionExists: async (code: string) =>
      (await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code))).length > 0,

    okpd2Children: (parent: string | null, limit: number) =>
      db
        .select(okpd2Columns)
        .from(okpd2Codes)
        .where(parent === null ? sql`${okpd2Codes.parentCode} IS NULL` : eq(okpd2Codes.parentCode, parent))
        .orderBy(asc(okpd2Codes.code))
        .limit(limit),

    okpd2ByPrefix: (prefix: string, limit: number) =>
      db
        .select(okpd2Columns)
        .from(okpd2Codes)
        .where(sql`${okpd2Codes.code} LIKE ${prefix.replace(/[\\%_]/g, '\\$&') + '%'}`)
        .orderBy(asc(okpd2Codes.depth), asc(okpd2Codes.code))
        .limit(limit),

    /**
     * Codes whose name holds some of the words (any form) or their dictionary alternatives, or a word
     * like one of them (a typo: pg_trgm's word_similarity over the trigram index), best match first
     * (reference.okpd2-ranking.ts).
     */
    okpd2ByTerms: (terms: Okpd2Terms, limit: number) => {
      const ranking = okpd2Ranking(terms);
      return db
        .select(okpd2Columns)
        .from(okpd2Codes)
        .where(ranking.candidates)
        .orderBy(...ranking.order)
        .limit(limit);
    },

    okpd2ByCodes: async (codes: string[]) =>
      codes.length === 0
        ? []
        : db
            .select(okpd2Columns)
            .from(okpd2Codes)
            .where(sql`${okpd2Codes.code} IN ${codes}`),
  };
}
export type ReferenceRepo = ReturnType<typeof createReferenceRepo>;
