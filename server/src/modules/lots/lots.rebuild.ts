import type { LotRebuildStats } from '@zamena/shared/lots/lots.schemas';
import type { Db } from '../../db/client';
import { handle } from '../../queue/worker-runtime';
import { createLotRebuildsRepo } from './lot-rebuilds.repo';
import { rebuildLotsJob } from './lots.jobs';
import { rebuildAllLots } from './lots.rebuild.repo';

type Deps = { db: Db; clock?: () => Date };

/**
 * Runs a lot rebuild and records it in `lot_rebuilds` (queued → running → succeeded | failed), so
 * the API can answer "how is my rebuild doing". The rebuild itself is one transaction: readers see
 * the old lots or the new ones, never half of a run.
 */
export function createLotRebuilder({ db, clock = () => new Date() }: Deps) {
  const repo = createLotRebuildsRepo(db);

  async function rebuild(): Promise<LotRebuildStats> {
    const started = performance.now();
    const today = clock().toISOString().slice(0, 10);
    const counts = await db.transaction((tx) => rebuildAllLots(tx, today));
    return { ...counts, durationMs: Math.round(performance.now() - started) };
  }

  return {
    rebuild,

    /**
     * `rebuildId`: the API's row (a scheduled run creates its own). A failure before the last attempt
     * leaves the row queued with the error, for the retry; the last one marks it failed.
     */
    async run(rebuildId: string | undefined, options: { lastAttempt: boolean }) {
      const id = rebuildId ?? (await repo.insert({ trigger: 'scheduled' })).id;
      const row = await repo.findById(id);
      if (!row || row.status === 'succeeded') return { skipped: true as const, rebuildId: id };
      await repo.update(id, { status: 'running', startedAt: clock(), error: null });
      try {
        const stats = await rebuild();
        await repo.update(id, { status: 'succeeded', stats, finishedAt: clock() });
        return { rebuildId: id, ...stats };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await repo.update(id, {
          status: options.lastAttempt ? 'failed' : 'queued',
          error: message.slice(0, 2000),
          finishedAt: options.lastAttempt ? clock() : null,
        });
        throw error;
      }
    },
  };
}
export type LotRebuilder = ReturnType<typeof createLotRebuilder>;

/** The worker's lot handlers (registered in worker.ts and in tests that run the worker in-process). */
export function lotJobHandlers(deps: Deps) {
  const rebuilder = createLotRebuilder(deps);
  return [
    handle(rebuildLotsJob, ({ rebuildId }, job) =>
      rebuilder.run(rebuildId, { lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) }),
    ),
  ];
}
