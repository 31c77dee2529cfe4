/**
 * Runs the jobs a worker holds at the same time in batches: a job's handler hands its item over and
 * waits for its own result. A batch starts as soon as a slot is free (at most `parallel` at once) with
 * whatever waits then, up to `maxBatch`, so a lone job never waits for company and a burst is worked
 * through many items per batch. When a batch fails, its items run again one by one, so only the item
 * that fails on its own fails its job (and is retried by the queue).
 */
export function createJobBatcher<I, O>(options: {
  runBatch: (items: I[]) => Promise<O[]>;
  runOne: (item: I) => Promise<O>;
  maxBatch: number;
  parallel: number;
}) {
  const { runBatch, runOne, maxBatch, parallel } = options;
  type Pending = { item: I; resolve: (result: O) => void; reject: (error: unknown) => void };
  const waiting: Pending[] = [];
  let running = 0;

  async function settle(batch: Pending[]) {
    try {
      const results = await runBatch(batch.map((pending) => pending.item));
      batch.forEach((pending, index) => pending.resolve(results[index]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const pending of batch) await runOne(pending.item).then(pending.resolve, pending.reject);
    }
  }

  function pump() {
    while (running < parallel && waiting.length > 0) {
      running += 1;
      void settle(waiting.splice(0, maxBatch)).finally(() => {
        running -= 1;
        pump();
      });
    }
  }

  return {
    run(item: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        pump();
      });
    },
  };
}
