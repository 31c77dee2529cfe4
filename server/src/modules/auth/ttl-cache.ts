type Entry<V> = { value: Promise<V>; expiresAt: number };

/**
 * Remembers each key's lookup for `ttlMs` (0: never), at most `maxEntries` keys (the oldest go first),
 * and shares one lookup in flight between concurrent callers. A failed lookup is not remembered.
 */
export function createTtlCache<V>(options: {
  ttlMs: number;
  maxEntries: number;
  load: (key: string) => Promise<V>;
  now?: () => number;
}) {
  const { ttlMs, maxEntries, load, now = Date.now } = options;
  const entries = new Map<string, Entry<V>>();

  return {
    get(key: string): Promise<V> {
      if (ttlMs === 0) return load(key);
      const time = now();
      const hit = entries.get(key);
      if (hit && hit.expiresAt > time) return hit.value;
      entries.delete(key);
      const value = load(key);
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      // Map keeps insertion order: the first key is the oldest entry.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, expiresAt: time + ttlMs });
      return value;
    },

    /** Drops the key, so this process sees a change it made at once. */
    forget(key: string): void {
      entries.delete(key);
    },

    get size() {
      return entries.size;
    },
  };
}
export type TtlCache<V> = ReturnType<typeof createTtlCache<V>>;
