import { handle } from '../../queue/worker-runtime';
import { createImportRunner, type ImportRunnerDeps } from './import-runner';
import { importFileJob } from './imports.jobs';

/**
 * The worker's import handler (worker.ts, and the tests that run the worker in-process). Only an
 * unexpected failure is retried; a file that cannot be read fails its import on the first attempt.
 */
export function importJobHandlers(deps: ImportRunnerDeps) {
  const runner = createImportRunner(deps);
  return [
    handle(importFileJob, ({ importId }, job) =>
      runner.run(importId, { lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) }),
    ),
  ];
}
