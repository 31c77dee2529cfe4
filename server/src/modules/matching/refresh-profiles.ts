import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '../../db/client';
import { defineJob } from '../../queue/define-job';
import { addManyToOutbox } from '../../queue/outbox';
import { matchNeedJob } from '../needs/needs.jobs';
import { createCandidatesRepo } from './candidates.repo';
import type { RelevanceModel } from './relevance/relevance-model';

/**
 * When the relevance model reads text differently (a new profile version: the dictionary or the
 * reading changed), stored profiles are out of date. Each worker enqueues this job at start under an
 * id of the version, so it runs once per version whatever the number of replicas: it re-reads every
 * capability whose profile is missing or old (the candidate index and term statistics depend on them)
 * and has every open need matched by an older model (or never by this one) matched again.
 */
export const refreshMatchProfilesJob = defineJob({
  name: 'refresh-match-profiles',
  queue: 'maintenance',
  payload: z.object({ profileVersion: z.number().int() }),
});

export const refreshMatchProfilesJobId = (profileVersion: number) =>
  `refresh-match-profiles-p${profileVersion}`;

/** A need matched again for a new model: its own job id, as the version's first run already has its id. */
const rematchJobId = (needId: string, version: number, profileVersion: number) =>
  `match-need-${needId}-v${version}-p${profileVersion}`;

const BATCH = 500;

type Row = Record<string, unknown>;

export async function refreshMatchProfiles(
  db: DbExecutor,
  model: RelevanceModel,
): Promise<{ capabilities: number; needs: number }> {
  return {
    capabilities: await refreshCapabilityProfiles(db, model),
    needs: await rematchOutdatedNeeds(db, model),
  };
}

/** Re-reads every capability whose profile is missing, of another model, or of an older version of it. */
export async function refreshCapabilityProfiles(db: DbExecutor, model: RelevanceModel): Promise<number> {
  const version = model.profileVersion;
  const candidates = createCandidatesRepo(db);
  let refreshed = 0;
  for (;;) {
    const { rows } = await db.execute(sql`
      SELECT c.id, c.version, c.title, c.description, c.analogues
        FROM capabilities c LEFT JOIN capability_match_profiles p ON p.capability_id = c.id
       WHERE p.capability_id IS NULL OR p.profile_version <> ${version} OR p.capability_version <> c.version
       ORDER BY c.id LIMIT ${BATCH}`);
    if (rows.length === 0) return refreshed;
    await candidates.saveCapabilityProfiles(
      (rows as Row[]).map((row) => {
        const profile = model.capabilityProfile({
          title: row.title as string,
          description: row.description as string,
          analogues: row.analogues as string[],
        });
        return {
          capabilityId: row.id as string,
          capabilityVersion: row.version as number,
          profileVersion: version,
          profile,
        };
      }),
    );
    refreshed += rows.length;
  }
}

/** Has every open need matched by another model, or never by this one, matched again (through the outbox). */
export async function rematchOutdatedNeeds(db: DbExecutor, model: RelevanceModel): Promise<number> {
  const version = model.profileVersion;
  let needs = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await db.execute(sql`
      SELECT n.id, n.version
        FROM needs n LEFT JOIN need_match_states s ON s.need_id = n.id
       WHERE n.status = 'open' AND n.id > ${after}::uuid
         AND (s.need_id IS NULL OR s.profile_version <> ${version})
       ORDER BY n.id LIMIT ${BATCH}`);
    if (rows.length === 0) return needs;
    const found = rows as { id: string; version: number }[];
    await addManyToOutbox(
      db,
      matchNeedJob,
      found.map((need) => ({
        payload: { needId: need.id, version: need.version },
        jobId: rematchJobId(need.id, need.version, version),
        topic: 'need.rematched',
      })),
    );
    needs += found.length;
    after = found.at(-1)!.id;
  }
}
