import { describe, expect, it } from 'vitest';
import { createTtlCache } from './ttl-cache';

function counting(ttlMs: number, maxEntries = 100) {
  const clock = { now: 0 };
  const loads: string[] = [];
  const cache = createTtlCache({
    ttlMs,
    maxEntries,
    now: () => clock.now,
    load: async (key) => {
      loads.push(key);
      return `${key}@${clock.now}`;
    },
  });
  return { cache, clock, loads };
}

describe('ttl cache', () => {
  it('reuses a lookup until its time is up', async () => {
    const { cache, clock, loads } = counting(1000);
    expect(await cache.get('a')).toBe('a@0');
    clock.now = 999;
    expect(await cache.get('a')).toBe('a@0');
    clock.now = 1000;
    expect(await cache.get('a')).toBe('a@1000');
    expect(loads).toEqual(['a', 'a']);
  });

  it('looks up every time with a TTL of 0', async () => {
    const { cache, loads } = counting(0);
    await cache.get('a');
    await cache.get('a');
    expect(loads).toEqual(['a', 'a']);
    expect(cache.size).toBe(0);
  });

  it('shares one lookup in flight between concurrent callers', async () => {
    const { cache, loads } = counting(1000);
    await Promise.all([cache.get('a'), cache.get('a'), cache.get('a')]);
    expect(loads).toEqual(['a']);
  });

  it('forgets a key on demand', async () => {
    const { cache, loads } = counting(1000);
    await cache.get('a');
    cache.forget('a');
    await cache.get('a');
    expect(loads).toEqual(['a', 'a']);
  });

  it('keeps at most maxEntries keys, dropping the oldest', async () => {
    const { cache, loads } = counting(1000, 2);
    await cache.get('a');
    await cache.get('b');
    await cache.get('c');
    expect(cache.size).toBe(2);
    await cache.get('b');
    await cache.get('a');
    expect(loads).toEqual(['a', 'b', 'c', 'a']);
  });

  it('does not remember a failed lookup', async () => {
    let fail = true;
    const cache = createTtlCache({
      ttlMs: 1000,
      maxEntries: 10,
      load: async () => {
        if (fail) throw new Error('database down');
        return 'ok';
      },
    });
    await expect(cache.get('a')).rejects.toThrow('database down');
    fail = false;
    expect(await cache.get('a')).toBe('ok');
  });
});
