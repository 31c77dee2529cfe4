import type pg from 'pg';
import type { CapabilityWithText, NeedForMatching } from './candidates.repo';
import { capabilityColumnsSql, groupOf, toCapabilityFacts } from './candidates.repo';
import { partNumberTokens } from './part-numbers';
import type { MatchProfile } from './relevance/match-profile';
import { headKeysOf } from './relevance/relevance';

/** Conditions every candidate meets: active, another organization's, delivering to the need's region ($5). */
const ELIGIBLE = `c.active AND c.manufacturer_organization_id <> $4::uuid
    AND (c.delivery_region_codes = '{}'::bpchar[] OR $5::bpchar = ANY(c.delivery_region_codes))`;

/**
 * Candidates of a need (DESIGN.md §4, step 1), wide on purpose and bounded per branch: active
 * capabilities of other organizations delivering to the need's region ($5) whose title names the need's
 * head noun in any words or language the trade dictionary knows ($2: the heads, their derivations and
 * the words of phrase concepts, against the profiles' title terms; at most $7, those sharing the most of
 * the need's terms $6 first); that name one of its part numbers ($3, full text over the analogues; at
 * most $10); and its OKPD2 neighbourhood ($1, the group; at most $12, those sharing the most of the
 * need's levels below the group first, $11: the levels, padded). When those find fewer than $10, capabilities with a similar title ($8, the
 * weakest evidence and the costliest branch). Pairs an analyst dismissed or the manufacturer refused
 * ("not our product") are left out ($9: the need). Each candidate comes with its stored profile, and
 * its text only when that profile is missing or not of this model ($13: its version): the caller reads it. A fixed text, prepared once per connection
 * and run with a generic plan (plan_cache_mode, set by the caller's transaction). `OFFSET 0` keeps each
 * branch on its own index.
 */
const TEXT = `
WITH named AS (
  SELECT p.capability_id AS id, (SELECT count(*) FROM unnest(p.title_terms) t WHERE t = ANY($6::text[])) AS shared
  FROM capability_match_profiles p JOIN capabilities c ON c.id = p.capability_id
  WHERE p.title_terms && $2::text[] AND ${ELIGIBLE}
  ORDER BY shared DESC, p.capability_id
  LIMIT $7
), parts AS (
  SELECT id FROM (
    SELECT c.id FROM capabilities c
    WHERE c.search @@ (SELECT websearch_to_tsquery('russian', $3)) AND ${ELIGIBLE} OFFSET 0
  ) s ORDER BY id LIMIT $10
), kin AS (
  SELECT c.id FROM capabilities c
  WHERE c.okpd2_prefixes @> ARRAY[$1::text] AND ${ELIGIBLE}
  ORDER BY ${[1, 2, 3, 4].map((k) => `(c.okpd2_prefixes @> ($11::text[])[${k}:${k}])::int`).join(' + ')} DESC, c.id
  LIMIT $12
), pool AS (
  SELECT id FROM named UNION SELECT id FROM parts UNION SELECT id FROM kin
), fuzzy AS (
  SELECT id FROM (
    SELECT c.id FROM capabilities c
    WHERE c.title % $8 AND ${ELIGIBLE} AND c.id NOT IN (SELECT id FROM pool)
    OFFSET 0
  ) s
  ORDER BY id LIMIT CASE WHEN (SELECT count(*) FROM pool) >= $10 THEN 0 ELSE $10 END
)
SELECT ${capabilityColumnsSql}, p.profile, p.profile_version, p.capability_version,
  -- The text only where the stored profile is missing or was read from another version or model.
  CASE WHEN p.capability_version IS DISTINCT FROM c.version OR p.profile_version IS DISTINCT FROM $13 THEN c.description END AS description,
  CASE WHEN p.capability_version IS DISTINCT FROM c.version OR p.profile_version IS DISTINCT FROM $13 THEN c.analogues END AS analogues
FROM (SELECT id FROM pool UNION ALL SELECT id FROM fuzzy) x
JOIN capabilities c ON c.id = x.id
JOIN organizations o ON o.id = c.manufacturer_organization_id
JOIN regions r ON r.code = o.region_code
LEFT JOIN capability_match_profiles p ON p.capability_id = c.id
WHERE NOT EXISTS (SELECT 1 FROM matches m WHERE m.need_id = $9::uuid AND m.capability_id = x.id
                    AND (m.status = 'dismissed' OR m.supplier_verdict IS NOT NULL))
ORDER BY x.id`;

const NAME = 'matching-capabilities-for-need-v10';

/** The need's levels below its group, padded to four with a code that never occurs (an empty slice would contain everything). */
const deeperLevels = (path: string[], group: string) =>
  [...path.slice(path.indexOf(group) + 1), '-', '-', '-', '-'].slice(0, 4);

/**
 * `limit`: at most this many capabilities naming the head; `neighbours`: at most this many of the OKPD2
 * neighbourhood; `enough`: at most this many by part number, and the similar-title step runs only below
 * this many in all. `profileVersion`: the model's, whose stored profiles need no text.
 */
export type CandidateLimits = { limit: number; neighbours: number; enough: number; profileVersion: number };

export async function findCapabilityCandidates(
  client: pg.PoolClient,
  need: NeedForMatching,
  profile: MatchProfile,
  terms: string[],
  path: string[],
  { limit, neighbours, enough, profileVersion }: CandidateLimits,
): Promise<CapabilityWithText[]> {
  const parts = partNumberTokens(`${need.replaces ?? ''} ${need.title}`);
  const { rows } = await client.query<Record<string, unknown>>({
    name: NAME,
    text: TEXT,
    values: [
      groupOf(path),
      headKeysOf(profile),
      parts.length > 0 ? parts.join(' or ') : null,
      need.buyerOrganizationId,
      need.regionCode,
      terms,
      limit,
      need.title,
      need.id,
      enough,
      deeperLevels(path, groupOf(path)),
      neighbours,
      profileVersion,
    ],
  });
  return rows.map((row) => ({
    ...toCapabilityFacts(row),
    description: (row.description as string | null) ?? '',
    analogues: (row.analogues as string[] | null) ?? [],
    storedProfile: row.profile,
    storedProfileVersion: (row.profile_version as number | null) ?? null,
    storedCapabilityVersion: (row.capability_version as number | null) ?? null,
  }));
}
