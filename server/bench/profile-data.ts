import type { Database } from '../src/db/client';
import { refreshCapabilityProfiles } from '../src/modules/matching/refresh-profiles';
import { relevanceModel, titleTermsOf } from '../src/modules/matching/relevance/relevance-model';

const BATCH = 2000;

/**
 * What matching keeps beside loaded data (bench rows are inserted directly, not through the API and the
 * worker): every capability's profile, as its run stores it, and every open need's profile without a
 * matching run, so that a worker started by a section neither re-reads 20,000 capabilities nor re-matches
 * 100,000 needs (refresh-profiles.ts). Idempotent: a kept database (`--reuse`) gets what it lacks.
 */
export async function profileBenchData(database: Database): Promise<{ capabilities: number; needs: number }> {
  const model = relevanceModel();
  const capabilities = await refreshCapabilityProfiles(database.db, model);
  let needs = 0;
  for (;;) {
    const { rows } = await database.pool.query<{
      id: string;
      version: number;
      title: string;
      description: string;
      replaces: string | null;
    }>(
      `SELECT n.id, n.version, n.title, n.description, n.replaces
         FROM needs n LEFT JOIN need_match_states s ON s.need_id = n.id
        WHERE n.status = 'open' AND (s.need_id IS NULL OR s.profile_version <> $1)
        LIMIT ${BATCH}`,
      [model.profileVersion],
    );
    if (rows.length === 0) break;
    const states = rows.map((need) => {
      const profile = model.needProfile(need);
      return { need_id: need.id, need_version: need.version, title_terms: titleTermsOf(profile), profile };
    });
    await database.pool.query(
      `INSERT INTO need_match_states (need_id, need_version, profile_version, title_terms, profile)
       SELECT x.need_id, x.need_version, $2, ARRAY(SELECT jsonb_array_elements_text(x.title_terms)), x.profile
         FROM jsonb_to_recordset($1::jsonb) AS x(need_id uuid, need_version int, title_terms jsonb, profile jsonb)
       ON CONFLICT (need_id) DO UPDATE SET need_version = excluded.need_version,
         profile_version = excluded.profile_version, title_terms = excluded.title_terms, profile = excluded.profile`,
      [JSON.stringify(states), model.profileVersion],
    );
    needs += rows.length;
  }
  await database.pool.query(
    'VACUUM ANALYZE capability_match_profiles, capability_term_stats, need_match_states',
  );
  return { capabilities, needs };
}
