import type pg from 'pg';
import type { Db } from '../../db/client';
import { createJobBatcher } from '../../queue/job-batcher';
import { handle } from '../../queue/worker-runtime';
import { matchCapabilityJob } from '../capabilities/capabilities.jobs';
import { matchNeedJob } from '../needs/needs.jobs';
import { createMatchingEngine, type NeedRun } from './matching.engine';
import type { MatchingConfig } from './scoring';

/** Match-need runs in one transaction at most (a burst's jobs are taken this many at a time). */
const MATCH_NEED_BATCH = 32;
/** Batches under way at once: each is one connection's work, and PostgreSQL has a core for each. */
const MATCH_NEED_PARALLEL_BATCHES = 2;

/** The worker's matching handlers (registered in worker.ts and in tests that run the worker in-process). */
export function matchingJobHandlers(deps: {
  db: Db;
  pool: pg.Pool;
  config?: MatchingConfig;
  clock?: () => Date;
}) {
  const engine = createMatchingEngine(deps);
  const needRuns = createJobBatcher({
    runBatch: (runs: NeedRun[]) => engine.matchNeeds(runs),
    runOne: ({ needId, version }: NeedRun) => engine.matchNeed(needId, version),
    maxBatch: MATCH_NEED_BATCH,
    parallel: MATCH_NEED_PARALLEL_BATCHES,
  });
  return [
    handle(matchNeedJob, ({ needId, version }) => needRuns.run({ needId, version })),
    handle(matchCapabilityJob, ({ capabilityId, version }) => engine.matchCapability(capabilityId, version)),
  ];
}
