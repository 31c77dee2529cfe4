import { sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { partNumberTokens, withoutPartNumbers } from './part-numbers';
import type { CapabilityFacts, NeedFacts, TextSignals } from './scoring';

/**
 * Candidate SQL for matching (DESIGN.md §4, step 1): the facts of needs and capabilities scoring
 * needs, and the reverse candidate query (open needs for a capability). Every branch of a candidate
 * set is served by an index (GIN on okpd2_prefixes, the tsvectors and the trigram columns;
 * text_pattern_ops on needs.okpd2). The forward query is capability-candidates.query.ts.
 */

/** Title lexemes the word signal counts (the same cut in both directions, so scores agree). */
export const MAX_TITLE_LEXEMES = 12;

export type NeedForMatching = NeedFacts & {
  id: string;
  title: string;
  replaces: string | null;
  status: string;
  version: number;
  buyerOrganizationId: string;
  postedByOrganizationId: string;
  /** Russian lexemes of the title: the text signal counts how many a capability has. */
  titleLexemes: string[];
};

export type CapabilityForMatching = CapabilityFacts & {
  id: string;
  title: string;
  analoguesText: string;
  manufacturerOrganizationId: string;
  manufacturerName: string;
  active: boolean;
  version: number;
  deliveryRegionCodes: string[];
  /** Lexemes of its search vector: the reverse word signal looks for the need's title in them. */
  lexemes: string[];
};

type Row = Record<string, unknown>;

/** The group (4 digits, `25.73`) in a code's path, or the code itself when it is shallower. */
export const groupOf = (path: string[]) => path.find((code) => /^\d{2}\.\d{2}$/.test(code)) ?? path.at(-1)!;
const rowsOf = async <T>(db: DbExecutor, query: SQL): Promise<T[]> =>
  (await db.execute(query)).rows as unknown as T[];

const num = (value: unknown) => Number(value ?? 0);

export const toCapabilityFacts = (row: Row): CapabilityForMatching => ({
  id: row.id as string,
  title: row.title as string,
  analoguesText: row.analogues_text as string,
  manufacturerOrganizationId: row.manufacturer_organization_id as string,
  manufacturerName: row.manufacturer_name as string,
  active: row.active as boolean,
  version: row.version as number,
  okpd2: row.okpd2 as string[],
  monthlyCapacity: row.monthly_capacity as string,
  unit: row.unit as string,
  minOrderQuantity: (row.min_order_quantity as string | null) ?? null,
  leadTimeDays: row.lead_time_days as number,
  deliveryRegionCodes: row.delivery_region_codes as string[],
  regionCode: row.region_code as string,
  location: { lat: row.lat as number, lon: row.lon as number },
  verified: row.verified as boolean,
  pp719RegistryNumber: (row.pp719_registry_number as string | null) ?? null,
  localizationValidUntil: (row.localization_valid_until as string | null) ?? null,
  lexemes: (row.lexemes as string[] | null) ?? [],
});

export const toNeedFacts = (row: Row): NeedForMatching => ({
  id: row.id as string,
  title: row.title as string,
  replaces: (row.replaces as string | null) ?? null,
  status: row.status as string,
  version: row.version as number,
  buyerOrganizationId: row.buyer_organization_id as string,
  postedByOrganizationId: row.posted_by_organization_id as string,
  okpd2: row.okpd2 as string,
  quantity: row.quantity as string,
  unit: row.unit as string,
  neededBy: row.needed_by as string,
  regionCode: row.delivery_region_code as string,
  location: { lat: row.lat as number, lon: row.lon as number },
  titleLexemes: (row.title_lexemes as string[] | null) ?? [],
});

/** Columns of a need `n` with its delivery region `r`, for toNeedFacts. */
export const needColumnsSql = `n.id, n.title, n.replaces, n.status, n.version, n.buyer_organization_id,
  n.posted_by_organization_id, n.okpd2, n.quantity::text AS quantity, n.unit, n.needed_by::text AS needed_by,
  n.delivery_region_code, r.lat, r.lon,
  tsvector_to_array(to_tsvector('russian', n.title)) AS title_lexemes`;
const needSelect = sql.raw(needColumnsSql);

/** Columns of a capability `c` with its manufacturer `o` and region `r`, for toCapabilityFacts. */
export const capabilityColumnsSql = `c.id, c.title, c.analogues_text, c.manufacturer_organization_id,
  o.name AS manufacturer_name, c.active, c.version, c.okpd2, c.monthly_capacity::text AS monthly_capacity, c.unit,
  c.min_order_quantity::text AS min_order_quantity, c.lead_time_days, c.delivery_region_codes::text[] AS delivery_region_codes,
  o.region_code, r.lat, r.lon, o.verified, c.pp719_registry_number,
  c.localization_valid_until::text AS localization_valid_until`;
const capabilitySelect = sql.raw(capabilityColumnsSql);

export type ScoredCandidate<T> = { item: T; signals: TextSignals };

export function createCandidatesRepo(db: DbExecutor) {
  /** The trigram operators' thresholds, for this transaction only (they are session settings). */
  const setTrigramThresholds = () =>
    db.execute(
      sql`SELECT set_config('pg_trgm.similarity_threshold', '0.4', true), set_config('pg_trgm.word_similarity_threshold', '0.6', true)`,
    );

  return {
    setTrigramThresholds,

    async capability(id: string): Promise<CapabilityForMatching | undefined> {
      const [row] = await rowsOf<Row>(
        db,
        sql`SELECT ${capabilitySelect},
          tsvector_to_array(c.search) AS lexemes
        FROM capabilities c
        JOIN organizations o ON o.id = c.manufacturer_organization_id
        JOIN regions r ON r.code = o.region_code
        WHERE c.id = ${id}`,
      );
      return row ? toCapabilityFacts(row) : undefined;
    },

    /**
     * Open needs of other organizations that the capability delivers to and that share an OKPD2
     * group with one of its codes (`groupCodes`), all words of its title, a part number of its
     * analogues, or a similar title (reverse matching); at most `limit`, those sharing the most levels
     * of its codes' paths (`prefixes`) first. Text signals are the forward query's, pair by pair.
     */
    async needsFor(
      capability: CapabilityForMatching,
      groupCodes: string[],
      prefixes: string[],
      limit: number,
    ): Promise<ScoredCandidate<NeedForMatching>[]> {
      const words = withoutPartNumbers(capability.title);
      const parts = partNumberTokens(`${capability.analoguesText} ${capability.title}`, 10);
      const branches = [
        ...groupCodes.map((code) => sql`n.okpd2 LIKE ${`${code.replace(/[\\%_]/g, '\\$&')}%`}`),
        sql`n.title % ${capability.title}`,
        ...(words ? [sql`n.search @@ plainto_tsquery('russian', ${words})`] : []),
        ...(parts.length > 0
          ? [sql`n.search @@ websearch_to_tsquery('russian', ${parts.join(' or ')})`]
          : []),
      ];
      const regions = capability.deliveryRegionCodes;
      const rows = await rowsOf<Row>(
        db,
        sql`SELECT ${needSelect} FROM (
          SELECT * FROM needs n
          WHERE (${sql.join(branches, sql` OR `)})
            AND n.status = 'open'
            AND n.buyer_organization_id <> ${capability.manufacturerOrganizationId}
            ${regions.length > 0 ? sql`AND n.delivery_region_code = ANY(${sql.param(regions)}::bpchar[])` : sql``}
          ORDER BY (SELECT count(*) FROM unnest(${sql.param(prefixes)}::text[]) p WHERE n.okpd2 LIKE p || '%') DESC, n.id
          LIMIT ${limit}
        ) n JOIN regions r ON r.code = n.delivery_region_code`,
      );
      const needs = rows.map(toNeedFacts);
      if (needs.length === 0) return [];
      const pairs = needs.map((need) => {
        const needParts = partNumberTokens(`${need.replaces ?? ''} ${need.title}`);
        return {
          need_id: need.id,
          title: need.title,
          parts: needParts.length > 0 ? needParts : need.replaces ? [need.replaces] : [],
          lexemes: need.titleLexemes.slice(0, MAX_TITLE_LEXEMES),
        };
      });
      const signals = await rowsOf<Row>(
        db,
        sql`SELECT x.need_id,
          similarity(x.title, ${capability.title}) AS title_similarity,
          coalesce((SELECT max(word_similarity(p, ${capability.analoguesText})) FROM jsonb_array_elements_text(x.parts) p), 0) AS part_similarity,
          (SELECT count(*) FROM jsonb_array_elements_text(x.lexemes) l WHERE l = ANY(${sql.param(capability.lexemes)}::text[])) AS shared_words
        FROM jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS x(need_id uuid, title text, parts jsonb, lexemes jsonb)`,
      );
      const byNeed = new Map(signals.map((row) => [row.need_id as string, row]));
      return needs.map((need) => {
        const row = byNeed.get(need.id) ?? {};
        return {
          item: need,
          signals: {
            words: num(row.shared_words) / Math.max(1, Math.min(MAX_TITLE_LEXEMES, need.titleLexemes.length)),
            title: num(row.title_similarity),
            partNumber: num(row.part_similarity),
          },
        };
      });
    },
  };
}
export type CandidatesRepo = ReturnType<typeof createCandidatesRepo>;
