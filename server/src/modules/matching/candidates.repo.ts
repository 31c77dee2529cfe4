import { sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { partNumberTokens } from './part-numbers';
import type { MatchProfile } from './relevance/match-profile';
import { termsOf, titleTermsOf } from './relevance/relevance-model';
import type { CapabilityFacts, NeedFacts } from './scoring';

/**
 * Candidate SQL for matching (DESIGN.md §4, step 1): the facts of needs and capabilities that scoring
 * needs, the capability's stored profile, and the reverse candidate query (open needs for a
 * capability). Every branch of a candidate set is served by an index (GIN on okpd2_prefixes, the
 * profiles' terms, the tsvectors; text_pattern_ops on needs.okpd2). The forward query is
 * capability-candidates.query.ts.
 */

export type NeedForMatching = NeedFacts & {
  id: string;
  title: string;
  replaces: string | null;
  status: string;
  version: number;
  buyerOrganizationId: string;
  postedByOrganizationId: string;
  /** Names of the need's files, oldest first: part of the text matching reads. */
  fileNames: string[];
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
};

type Row = Record<string, unknown>;

/** The group (4 digits, `25.73`) in a code's path, or the code itself when it is shallower. */
export const groupOf = (path: string[]) => path.find((code) => /^\d{2}\.\d{2}$/.test(code)) ?? path.at(-1)!;
const rowsOf = async (db: DbExecutor, query: SQL): Promise<Row[]> => (await db.execute<Row>(query)).rows;

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
});

export const toNeedFacts = (row: Row): NeedForMatching => ({
  id: row.id as string,
  title: row.title as string,
  replaces: (row.replaces as string | null) ?? null,
  status: row.status as string,
  version: row.version as number,
  buyerOrganizationId: row.buyer_organization_id as string,
  postedByOrganizationId: row.posted_by_organization_id as string,
  fileNames: (row.file_names as string[] | null) ?? [],
  okpd2: row.okpd2 as string,
  quantity: row.quantity as string,
  unit: row.unit as string,
  neededBy: row.needed_by as string,
  regionCode: row.delivery_region_code as string,
  location: { lat: row.lat as number, lon: row.lon as number },
});

/** Columns of a need `n` with its delivery region `r`, for toNeedFacts. */
export const needColumnsSql = `n.id, n.title, n.replaces, n.status, n.version, n.buyer_organization_id,
  n.posted_by_organization_id, n.okpd2, n.quantity::text AS quantity, n.unit, n.needed_by::text AS needed_by,
  n.delivery_region_code, r.lat, r.lon,
  ARRAY(SELECT a.name FROM attachments a WHERE a.owner_kind = 'need' AND a.owner_id = n.id
        ORDER BY a.created_at, a.id) AS file_names`;

/** Columns of a capability `c` with its manufacturer `o` and region `r`, for toCapabilityFacts. */
export const capabilityColumnsSql = `c.id, c.title, c.analogues_text, c.manufacturer_organization_id,
  o.name AS manufacturer_name, c.active, c.version, c.okpd2, c.monthly_capacity::text AS monthly_capacity, c.unit,
  c.min_order_quantity::text AS min_order_quantity, c.lead_time_days, c.delivery_region_codes::text[] AS delivery_region_codes,
  o.region_code, r.lat, r.lon, o.verified, c.pp719_registry_number,
  c.localization_valid_until::text AS localization_valid_until`;

export type CapabilityWithText = CapabilityForMatching & {
  description: string;
  analogues: string[];
  storedProfile: unknown;
  storedProfileVersion: number | null;
  storedCapabilityVersion: number | null;
};

export type NeedWithText = NeedForMatching & {
  description: string;
  storedProfile: unknown;
  storedProfileVersion: number | null;
};

/** A capability's profile as read from one version of it. */
export type CapabilityProfileWrite = {
  capabilityId: string;
  capabilityVersion: number;
  profileVersion: number;
  profile: MatchProfile;
};

const toStored = (row: CapabilityProfileWrite) => ({
  capability_id: row.capabilityId,
  capability_version: row.capabilityVersion,
  profile_version: row.profileVersion,
  terms: termsOf(row.profile),
  title_terms: titleTermsOf(row.profile),
  profile: row.profile,
});

export function createCandidatesRepo(db: DbExecutor) {
  return {
    async capability(id: string): Promise<CapabilityWithText | undefined> {
      const [row] = await rowsOf(
        db,
        sql`SELECT ${sql.raw(capabilityColumnsSql)}, c.description, c.analogues,
          p.profile, p.profile_version, p.capability_version
        FROM capabilities c
        JOIN organizations o ON o.id = c.manufacturer_organization_id
        JOIN regions r ON r.code = o.region_code
        LEFT JOIN capability_match_profiles p ON p.capability_id = c.id
        WHERE c.id = ${id}`,
      );
      if (!row) return undefined;
      return {
        ...toCapabilityFacts(row),
        description: row.description as string,
        analogues: row.analogues as string[],
        storedProfile: row.profile,
        storedProfileVersion: (row.profile_version as number | null) ?? null,
        storedCapabilityVersion: (row.capability_version as number | null) ?? null,
      };
    },

    /** Stores profiles read from these versions of the capabilities (the term statistics follow by trigger). */
    async saveCapabilityProfiles(profiles: CapabilityProfileWrite[]): Promise<void> {
      if (profiles.length === 0) return;
      const rows = [...profiles].sort((a, b) => (a.capabilityId < b.capabilityId ? -1 : 1));
      await db.execute(sql`
        INSERT INTO capability_match_profiles AS p (capability_id, capability_version, profile_version, terms,
          title_terms, profile)
        SELECT x.capability_id, x.capability_version, x.profile_version, ARRAY(SELECT jsonb_array_elements_text(x.terms)),
          ARRAY(SELECT jsonb_array_elements_text(x.title_terms)), x.profile
        FROM jsonb_to_recordset(${JSON.stringify(rows.map(toStored))}::jsonb)
          AS x(capability_id uuid, capability_version int, profile_version int, terms jsonb, title_terms jsonb, profile jsonb)
        ON CONFLICT (capability_id) DO UPDATE SET capability_version = excluded.capability_version,
          profile_version = excluded.profile_version, terms = excluded.terms, title_terms = excluded.title_terms,
          profile = excluded.profile
        WHERE (p.capability_version, p.profile_version, p.profile)
          IS DISTINCT FROM (excluded.capability_version, excluded.profile_version, excluded.profile)`);
    },

    /**
     * Open needs of other organizations that the capability delivers to and that share an OKPD2 group
     * with one of its codes (`groupCodes`), hold one of its head keys in their profile's terms
     * (`headKeys`), or name a part number of its analogues (reverse matching); at most `limit`, those
     * sharing the most levels of its codes' paths (`prefixes`) first. Pairs an analyst dismissed or the
     * manufacturer refused are left out.
     */
    async needsFor(
      capability: CapabilityWithText,
      groupCodes: string[],
      headKeys: string[],
      prefixes: string[],
      limit: number,
    ): Promise<NeedWithText[]> {
      const parts = partNumberTokens(`${capability.analoguesText} ${capability.title}`, 10);
      const branches = [
        ...groupCodes.map((code) => sql`n.okpd2 LIKE ${`${code.replace(/[\\%_]/g, '\\$&')}%`}`),
        sql`n.id IN (SELECT need_id FROM need_match_states WHERE title_terms && ${sql.param(headKeys)}::text[])`,
        ...(parts.length > 0
          ? [sql`n.search @@ websearch_to_tsquery('russian', ${parts.join(' or ')})`]
          : []),
      ];
      const regions = capability.deliveryRegionCodes;
      const rows = await rowsOf(
        db,
        sql`SELECT ${sql.raw(needColumnsSql)}, n.description,
            s.need_version AS state_need_version, s.profile_version AS state_profile_version, s.profile AS state_profile
          FROM (
            SELECT * FROM needs n
            WHERE (${sql.join(branches, sql` OR `)})
              AND n.status = 'open'
              AND n.buyer_organization_id <> ${capability.manufacturerOrganizationId}
              ${regions.length > 0 ? sql`AND n.delivery_region_code = ANY(${sql.param(regions)}::bpchar[])` : sql``}
              AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.id AND m.capability_id = ${capability.id}
                                AND (m.status = 'dismissed' OR m.supplier_verdict IS NOT NULL))
            ORDER BY (SELECT count(*) FROM unnest(${sql.param(prefixes)}::text[]) p WHERE n.okpd2 LIKE p || '%') DESC, n.id
            LIMIT ${limit}
          ) n
          JOIN regions r ON r.code = n.delivery_region_code
          LEFT JOIN need_match_states s ON s.need_id = n.id`,
      );
      return rows.map((row) => {
        const need = toNeedFacts(row);
        const current = row.state_need_version === need.version;
        return {
          ...need,
          description: row.description as string,
          storedProfile: current ? row.state_profile : null,
          storedProfileVersion: current ? ((row.state_profile_version as number | null) ?? null) : null,
        };
      });
    },
  };
}
export type CandidatesRepo = ReturnType<typeof createCandidatesRepo>;
