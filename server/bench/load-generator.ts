import { Worker } from 'node:worker_threads';
import type { LoadResult, LoadSpec } from './load-worker';

export type { LoadResult, LoadSpec };

/** Runs load specs one at a time on a worker thread (see load-worker.ts). */
export function createLoadGenerator() {
  // Node 20 workers do not inherit the tsx loader `node --import tsx` put on the main thread: the
  // worker registers it itself, then loads the TypeScript entry.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./load-worker.ts', import.meta.url).href);
  const worker = new Worker(`import(${tsx}).then((api) => { api.register(); return import(${entry}); });`, {
    eval: true,
  });
  let pending: { resolve: (result: LoadResult) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  worker.on('message', (message: { result?: LoadResult; error?: string }) => {
    const current = pending;
    pending = undefined;
    if (message.result) current?.resolve(message.result);
    else current?.reject(new Error(message.error));
  });
  worker.on('error', (error) => {
    failure = error;
    pending?.reject(error);
    pending = undefined;
  });
  let queue: Promise<unknown> = Promise.resolve();

  const once = (spec: LoadSpec) =>
    new Promise<LoadResult>((resolve, reject) => {
      if (failure) return reject(failure);
      pending = { resolve, reject };
      worker.postMessage(spec);
    });

  return {
    run(spec: LoadSpec): Promise<LoadResult> {
      const result = queue.then(() => once(spec));
      queue = result.catch(() => undefined);
      return result;
    },
    close: () => worker.terminate(),
  };
}
export type LoadGenerator = ReturnType<typeof createLoadGenerator>;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
