import { describe, expect, it } from 'vitest';
import { createJobBatcher } from './job-batcher';

/** A batch runner whose batches finish when the test says so. */
function controlledRunner() {
  const batches: number[][] = [];
  const finishers: (() => void)[] = [];
  const runBatch = (items: number[]) => {
    batches.push(items);
    return new Promise<string[]>((resolve) => {
      finishers.push(() => resolve(items.map((item) => `batch:${item}`)));
    });
  };
  return { batches, finishers, runBatch };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('job batcher', () => {
  it('starts a lone item at once and takes the items that waited meanwhile as one batch', async () => {
    const { batches, finishers, runBatch } = controlledRunner();
    const batcher = createJobBatcher({ runBatch, runOne: async () => 'one', maxBatch: 3, parallel: 1 });
    const results = [1, 2, 3, 4, 5].map((item) => batcher.run(item));
    await tick();
    expect(batches).toEqual([[1]]);
    finishers[0]!();
    await tick();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    finishers[1]!();
    await tick();
    finishers[2]!();
    expect(await Promise.all(results)).toEqual(['batch:1', 'batch:2', 'batch:3', 'batch:4', 'batch:5']);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('keeps at most `parallel` batches under way', async () => {
    const { batches, finishers, runBatch } = controlledRunner();
    const batcher = createJobBatcher({ runBatch, runOne: async () => 'one', maxBatch: 10, parallel: 2 });
    const results = [1, 2, 3, 4].map((item) => batcher.run(item));
    await tick();
    expect(batches).toEqual([[1], [2]]);
    finishers[1]!();
    await tick();
    expect(batches).toEqual([[1], [2], [3, 4]]);
    finishers[0]!();
    finishers[2]!();
    expect(await Promise.all(results)).toHaveLength(4);
  });

  it('runs the items of a failed batch one by one, so only the bad one fails', async () => {
    const ran: number[] = [];
    let first = true;
    const batcher = createJobBatcher({
      runBatch: async (items: number[]) => {
        // The first batch is the lone first item; the second holds the bad one and fails whole.
        if (first) {
          first = false;
          await tick();
          return items.map(String);
        }
        throw new Error('batch failed');
      },
      runOne: async (item: number) => {
        ran.push(item);
        if (item === 3) throw new Error('item 3 is bad');
        return `one:${item}`;
      },
      maxBatch: 10,
      parallel: 1,
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((item) => batcher.run(item)));
    expect(
      results.map((result) => (result.status === 'fulfilled' ? result.value : String(result.reason))),
    ).toEqual(['1', 'one:2', 'Error: item 3 is bad', 'one:4']);
    expect(ran).toEqual([2, 3, 4]);
  });

  it('fails a lone item with its own error, without running it twice', async () => {
    let runs = 0;
    const batcher = createJobBatcher({
      runBatch: async () => {
        runs += 1;
        throw new Error('no');
      },
      runOne: async () => {
        runs += 1;
        return 'never';
      },
      maxBatch: 10,
      parallel: 1,
    });
    await expect(batcher.run(1)).rejects.toThrow('no');
    expect(runs).toBe(1);
  });
});
