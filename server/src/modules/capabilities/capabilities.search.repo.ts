import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbExecutor } from '../../db/client';
import { capabilities, organizations, regions } from '../../db/schema';
import { epochMicros, fromEpochMicros, textCandidates, textRank } from '../../db/search-sql';
import { termDictionary, websearchWithAlternatives } from '../../lib/term-dictionary';
import { capabilityColumns, manufacturerColumns, type CapabilityWithManufacturer } from './capabilities.repo';

export type CapabilitySearch = {
  q?: string;
  /** A classifier code: capabilities with a code at or below it. */
  okpd2?: string;
  /** Delivers to this region (an empty list delivers everywhere). */
  regionCode?: string;
  district?: string;
  manufacturerId?: string;
  active?: boolean;
  /** Deactivated rows of this organization stay visible to it; undefined sees everything (analysts). */
  viewerOrganizationId?: string;
  sort: 'date' | 'relevance';
  after?: { key: string; id: string };
  limit: number;
};

export type CapabilitySearchRow = CapabilityWithManufacturer & { sortKey: string };

const TRIGRAM_COLUMNS = [capabilities.title, capabilities.analoguesText];
const DELIVERS_EVERYWHERE = sql`${capabilities.deliveryRegionCodes} = '{}'::bpchar[]`;

/** The words for full text: the query with its dictionary alternatives OR-ed ("seal or уплотнение"). */
const fullTextWords = (q: string) => websearchWithAlternatives(termDictionary(), q);

function filters(search: CapabilitySearch): SQL[] {
  const conditions: (SQL | undefined)[] = [
    search.q
      ? textCandidates(
          search.q,
          capabilities,
          capabilities.id,
          capabilities.search,
          TRIGRAM_COLUMNS,
          fullTextWords(search.q),
        )
      : undefined,
    // Ancestors are stored with the codes, so a prefix at any level is one GIN lookup.
    search.okpd2 ? sql`${capabilities.okpd2Prefixes} @> ARRAY[${search.okpd2}]::text[]` : undefined,
    search.regionCode
      ? sql`(${DELIVERS_EVERYWHERE} OR ${capabilities.deliveryRegionCodes} @> ARRAY[${search.regionCode}]::bpchar[])`
      : undefined,
    search.district
      ? sql`(${DELIVERS_EVERYWHERE} OR ${capabilities.deliveryRegionCodes} && ARRAY(SELECT ${regions.code} FROM ${regions} WHERE ${regions.federalDistrict} = ${search.district}))`
      : undefined,
    search.manufacturerId ? eq(capabilities.manufacturerOrganizationId, search.manufacturerId) : undefined,
    search.active === undefined ? undefined : eq(capabilities.active, search.active),
    search.viewerOrganizationId
      ? or(
          eq(capabilities.active, true),
          eq(capabilities.manufacturerOrganizationId, search.viewerOrganizationId),
        )
      : undefined,
  ];
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

export function createCapabilitiesSearchRepo(db: Db) {
  const page = (executor: DbExecutor, search: CapabilitySearch) => {
    const rankedBy = search.sort === 'relevance' ? search.q : undefined;
    const sortKey =
      rankedBy !== undefined
        ? textRank(rankedBy, capabilities.search, TRIGRAM_COLUMNS, fullTextWords(rankedBy))
        : epochMicros(capabilities.createdAt);
    const conditions = filters(search);
    if (search.after) {
      const { key, id } = search.after;
      conditions.push(
        rankedBy !== undefined
          ? sql`(${sortKey}, ${capabilities.id}) < (${key}::numeric, ${id}::uuid)`
          : sql`(${capabilities.createdAt}, ${capabilities.id}) < (${fromEpochMicros(key)}, ${id}::uuid)`,
      );
    }
    return executor
      .select({ capability: capabilityColumns, sortKey })
      .from(capabilities)
      .where(and(...conditions))
      .orderBy(
        ...(rankedBy !== undefined ? [sql`${sortKey} DESC`] : [desc(capabilities.createdAt)]),
        desc(capabilities.id),
      )
      .limit(search.limit);
  };

  return {
    /** One page, newest first or by relevance; the same scheme as needs (needs.search.repo.ts). */
    async search(search: CapabilitySearch): Promise<CapabilitySearchRow[]> {
      // The trigram threshold of `%>` is a session option of every pool connection (client.ts).
      const rows = await page(db, search);
      // Manufacturers for the page only (see needs.search.repo.ts).
      const ids = [...new Set(rows.map((row) => row.capability.manufacturerOrganizationId))];
      const manufacturers =
        ids.length === 0
          ? []
          : await db.select(manufacturerColumns).from(organizations).where(inArray(organizations.id, ids));
      const byId = new Map(manufacturers.map((manufacturer) => [manufacturer.id, manufacturer]));
      return rows.map((row) => ({
        ...row,
        manufacturer: byId.get(row.capability.manufacturerOrganizationId)!,
      }));
    },
  };
}
export type CapabilitiesSearchRepo = ReturnType<typeof createCapabilitiesSearchRepo>;
