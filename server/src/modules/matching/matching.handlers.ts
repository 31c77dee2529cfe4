import type pg from 'pg';
import type { Db } from '../../db/client';
import { createJobBatcher } from '../../queue/job-batcher';
import { handle } from '../../queue/worker-runtime';
import { matchCapabilityJob } from '../capabilities/capabilities.jobs';
import { matchNeedJob } from '../needs/needs.jobs';
import { createMatchingEngine, type NeedRun } from './matching.engine';
import { refreshMatchProfiles, refreshMatchProfilesJob } from './refresh-profiles';
import { relevanceModel } from './relevance/relevance-model';
import type { MatchingConfig } from './scoring';

/** Match-need runs in one transaction at most (a burst's jobs are taken this many at a time). */
const MATCH_NEED_BATCH = 32;
/**
 * Need batches under way at once, and capability runs likewise: each is one connection's transaction,
 * and PostgreSQL has a core for each. The queue's worker may hold many more jobs (MATCHING_CONCURRENCY).
 */
const PARALLEL_TRANSACTIONS = 2;

type CapabilityRun = { capabilityId: string; version: number };

/** The worker's matching handlers (registered in worker.ts and in tests that run the worker in-process). */
export function matchingJobHandlers(deps: {
  db: Db;
  pool: pg.Pool;
  config?: MatchingConfig;
  clock?: () => Date;
}) {
  const engine = createMatchingEngine({ pool: deps.pool, config: deps.config, clock: deps.clock });
  const needRuns = createJobBatcher({
    runBatch: (runs: NeedRun[]) => engine.matchNeeds(runs),
    runOne: ({ needId, version }: NeedRun) => engine.matchNeed(needId, version),
    maxBatch: MATCH_NEED_BATCH,
    parallel: PARALLEL_TRANSACTIONS,
  });
  const matchCapability = ({ capabilityId, version }: CapabilityRun) =>
    engine.matchCapability(capabilityId, version);
  // Batches of one: a limit on how many capability runs are under way.
  const capabilityRuns = createJobBatcher({
    runBatch: (runs: CapabilityRun[]) => Promise.all(runs.map(matchCapability)),
    runOne: matchCapability,
    maxBatch: 1,
    parallel: PARALLEL_TRANSACTIONS,
  });
  const model = relevanceModel();
  return [
    handle(matchNeedJob, ({ needId, version }) => needRuns.run({ needId, version })),
    handle(matchCapabilityJob, ({ capabilityId, version }) => capabilityRuns.run({ capabilityId, version })),
    // A replica of another version (a rolling deploy) leaves that version's job to its own replicas.
    handle(refreshMatchProfilesJob, async ({ profileVersion }) =>
      profileVersion === model.profileVersion
        ? refreshMatchProfiles(deps.db, model)
        : { skipped: 'another profile version' },
    ),
  ];
}
