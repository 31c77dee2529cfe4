import type pg from 'pg';
import type { CapabilityForMatching, NeedForMatching, ScoredCandidate } from './candidates.repo';
import { capabilityColumnsSql, groupOf, MAX_TITLE_LEXEMES, toCapabilityFacts } from './candidates.repo';
import { partNumberTokens, withoutPartNumbers } from './part-numbers';

/**
 * Active capabilities of other organizations that deliver to the need's region and share its OKPD2
 * group ($1: the 4-digit level, or the need's code when shallower), or all words of its title ($3),
 * one of its part numbers exactly ($4) or its first nearly ($5), or a similar title ($2); the
 * part-number signal is the best word similarity of any of them ($11) within the analogues. One BitmapOr over
 * the GIN indexes, the cheap conditions first (OR keeps their order when rechecking rows); pre-ranked by
 * how many of the need's four deeper levels ($8) they share, at most
 * $10; text signals for those only. A fixed text, so it is prepared once per connection and run with
 * a generic plan (plan_cache_mode, set by the caller's transaction). Absent values are NULL, which
 * the strict operators turn into "no match".
 */
const TEXT = `
SELECT ${capabilityColumnsSql},
  similarity(c.title, $2) AS title_similarity,
  coalesce((SELECT max(word_similarity(p, c.analogues_text)) FROM unnest($11::text[]) p), 0) AS part_similarity,
  (SELECT count(*) FROM unnest(tsvector_to_array(c.search)) x WHERE x = ANY($9::text[])) AS shared_words
FROM (
  SELECT * FROM capabilities c
  WHERE (c.okpd2_prefixes @> ARRAY[$1::text]
      OR c.search @@ plainto_tsquery('russian', $3)
      OR c.search @@ websearch_to_tsquery('russian', $4)
      OR c.title % $2
      OR c.analogues_text %> $5)
    AND c.active
    AND c.manufacturer_organization_id <> $6::uuid
    AND (c.delivery_region_codes = '{}'::bpchar[] OR $7::bpchar = ANY(c.delivery_region_codes))
  ORDER BY (c.okpd2_prefixes @> ($8::text[])[1:1])::int + (c.okpd2_prefixes @> ($8::text[])[2:2])::int
    + (c.okpd2_prefixes @> ($8::text[])[3:3])::int + (c.okpd2_prefixes @> ($8::text[])[4:4])::int DESC, c.id
  LIMIT $10
) c
JOIN organizations o ON o.id = c.manufacturer_organization_id
JOIN regions r ON r.code = o.region_code`;

const NAME = 'matching-capabilities-for-need-v3';

/** The need's levels below its group, padded to four with a code that never occurs (an empty slice would contain everything). */
const deeperLevels = (path: string[], group: string) =>
  [...path.slice(path.indexOf(group) + 1), '-', '-', '-', '-'].slice(0, 4);

export async function findCapabilityCandidates(
  client: pg.PoolClient,
  need: NeedForMatching,
  path: string[],
  limit: number,
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
