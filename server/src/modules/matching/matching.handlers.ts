import type pg from 'pg';
import type { Db } from '../../db/client';
import { handle } from '../../queue/worker-runtime';
import { matchCapabilityJob } from '../capabilities/capabilities.jobs';
import { matchNeedJob } from '../needs/needs.jobs';
import { createMatchingEngine } from './matching.engine';
import type { MatchingConfig } from './scoring';

/** The worker's matching handlers (registered in worker.ts and in tests that run the worker in-process). */
export function matchingJobHandlers(deps: {
  db: Db;
  pool: pg.Pool;
  config?: MatchingConfig;
  clock?: () => Date;
}) {
  const engine = createMatchingEngine(deps);
  return [
    handle(matchNeedJob, ({ needId, version }) => engine.matchNeed(needId, version)),
    handle(matchCapabilityJob, ({ capabilityId, version }) => engine.matchCapability(capabilityId, version)),
  ];
}
