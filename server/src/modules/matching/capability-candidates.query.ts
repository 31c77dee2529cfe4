import type pg from 'pg';
import type { CapabilityForMatching, NeedForMatching, ScoredCandidate } from './candidates.repo';
import { capabilityColumnsSql, groupOf, MAX_TITLE_LEXEMES, toCapabilityFacts } from './candidates.repo';
import { partNumberTokens, withoutPartNumbers } from './part-numbers';

/** Conditions every candidate meets: active, another organization's, delivering to the need's region ($7). */
const ELIGIBLE = `c.active AND c.manufacturer_organization_id <> $6::uuid
    AND (c.delivery_region_codes = '{}'::bpchar[] OR $7::bpchar = ANY(c.delivery_region_codes))`;

/** Shares the need's level `k` (1–4) below its group ($8); a path holds every ancestor, so also levels 1…k. */
const sharesLevel = (k: number) => `c.okpd2_prefixes @> ($8::text[])[${k}:${k}]`;

/**
 * Active capabilities of other organizations that deliver to the need's region and share its OKPD2
 * group ($1: the 4-digit level, or the need's code when shallower), all words of its title ($3), one of
 * its part numbers exactly ($4) or its first nearly ($5), or a similar title ($2): at most $10, the
 * strongest evidence first, in three steps that each run only when the ones before leave room:
 * - `deep`: those sharing the need's level 1 below its group (a few dozen to a few hundred rows of one
 *   GIN entry), by how many of the need's four deeper levels ($8) they share, then id;
 * - `rest`: the whole group, the title's words and the part numbers (one BitmapOr over the GIN indexes,
 *   the cheap conditions first; the tsqueries are InitPlans, computed once rather than on every row
 *   rechecked), by id;
 * - `fuzzy`: titles only similar to the need's (typos), by id, and only while the steps before found
 *   fewer than $12 (the caller passes its top K): the weakest evidence and the costliest branch (a title
 *   of common words, "Услуги по производству …", brings hundreds of trigram-index rows to recheck; about
 *   a quarter of the query's time when it ran for every need). A LIMIT of 0 never starts its scan.
 * `OFFSET 0` keeps each scan on the GIN indexes: with an id-ordered LIMIT the generic plan would walk
 * the primary key instead. Text signals are computed for the chosen rows only: title similarity, the
 * best word similarity of a part number ($11) within the analogues, and how many of the title's
 * lexemes ($9) the capability has. A fixed text, so it is prepared once per connection and run with a
 * generic plan (plan_cache_mode, set by the caller's transaction). Absent values are NULL, which the
 * strict operators turn into "no match".
 */
const TEXT = `
WITH deep AS (
  SELECT c.id FROM capabilities c
  WHERE ${sharesLevel(1)} AND ${ELIGIBLE}
  ORDER BY ${[2, 3, 4].map((k) => `(${sharesLevel(k)})::int`).join(' + ')} DESC, c.id
  LIMIT $10
), rest AS (
  SELECT id FROM (
    SELECT c.id FROM capabilities c
    WHERE (c.okpd2_prefixes @> ARRAY[$1::text]
        OR c.search @@ (SELECT plainto_tsquery('russian', $3))
        OR c.search @@ (SELECT websearch_to_tsquery('russian', $4))
        OR c.analogues_text %> $5)
      AND NOT ${sharesLevel(1)} AND ${ELIGIBLE}
    OFFSET 0
  ) s
  ORDER BY id LIMIT $10 - (SELECT count(*) FROM deep)
), fuzzy AS (
  SELECT id FROM (
    SELECT c.id FROM capabilities c
    WHERE c.title % $2 AND ${ELIGIBLE}
      AND c.id NOT IN (SELECT id FROM deep UNION ALL SELECT id FROM rest)
    OFFSET 0
  ) s
  ORDER BY id LIMIT CASE WHEN (SELECT count(*) FROM deep) + (SELECT count(*) FROM rest) >= $12 THEN 0
    ELSE $10 - (SELECT count(*) FROM deep) - (SELECT count(*) FROM rest) END
)
SELECT ${capabilityColumnsSql},
  similarity(c.title, $2) AS title_similarity,
  coalesce((SELECT max(word_similarity(p, c.analogues_text)) FROM unnest($11::text[]) p), 0) AS part_similarity,
  length(c.search) - length(ts_delete(c.search, $9::text[])) AS shared_words
FROM (SELECT id FROM deep UNION ALL SELECT id FROM rest UNION ALL SELECT id FROM fuzzy) ranked
JOIN capabilities c ON c.id = ranked.id
JOIN organizations o ON o.id = c.manufacturer_organization_id
JOIN regions r ON r.code = o.region_code`;

const NAME = 'matching-capabilities-for-need-v6';

/** The need's levels below its group, padded to four with a code that never occurs (an empty slice would contain everything). */
const deeperLevels = (path: string[], group: string) =>
  [...path.slice(path.indexOf(group) + 1), '-', '-', '-', '-'].slice(0, 4);

/** `limit`: at most this many candidates; `enough`: the similar-title step runs only below this many. */
export type CandidateLimits = { limit: number; enough: number };

export async function findCapabilityCandidates(
  client: pg.PoolClient,
  need: NeedForMatching,
  path: string[],
  { limit, enough }: CandidateLimits,
): Promise<ScoredCandidate<CapabilityForMatching>[]> {
  const group = groupOf(path);
  const parts = partNumberTokens(`${need.replaces ?? ''} ${need.title}`);
  const words = withoutPartNumbers(need.title);
  const lexemes = need.titleLexemes.slice(0, MAX_TITLE_LEXEMES);
  const { rows } = await client.query<Record<string, unknown>>({
    name: NAME,
    text: TEXT,
    values: [
      group,
      need.title,
      words || null,
      parts.length > 0 ? parts.join(' or ') : null,
      parts[0] ?? need.replaces,
      need.buyerOrganizationId,
      need.regionCode,
      deeperLevels(path, group),
      lexemes,
      limit,
      parts.length > 0 ? parts : need.replaces ? [need.replaces] : [],
      enough,
    ],
  });
  const total = Math.max(1, lexemes.length);
  return rows.map((row) => ({
    item: toCapabilityFacts(row),
    signals: {
      words: Number(row.shared_words ?? 0) / total,
      title: Number(row.title_similarity ?? 0),
      partNumber: Number(row.part_similarity ?? 0),
    },
  }));
}
