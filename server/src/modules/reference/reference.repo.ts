import { asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { okpd2Codes, regions } from '../../db/schema';

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

    /** `query` is a tsquery built by the service (Russian stemming, prefix match on the last word). */
    okpd2ByWords: (tsquery: string, limit: number) =>
      db
        .select(okpd2Columns)
        .from(okpd2Codes)
        .where(sql`${okpd2Codes.search} @@ to_tsquery('russian', ${tsquery})`)
        .orderBy(
          // Normalised by length: "Сверла" ranks above "Сверла твердосплавные".
          sql`ts_rank(${okpd2Codes.search}, to_tsquery('russian', ${tsquery}), 2) DESC`,
          asc(okpd2Codes.code),
        )
        .limit(limit),

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
