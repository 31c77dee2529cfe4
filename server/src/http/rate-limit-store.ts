import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RouteOptions } from 'fastify';
import type { Redis } from 'ioredis';

/**
 * Adds `count` to the key's counter; a new counter expires after the window. Answers the counter and
 * its remaining time to live in ms.
 */
const SETTLE = `
local current = redis.call('INCRBY', KEYS[1], ARGV[1])
if current == tonumber(ARGV[1]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {current, tonumber(ARGV[2])}
end
return {current, redis.call('PTTL', KEYS[1])}`;

const isRoute = (value: unknown): value is Pick<RouteOptions, 'method' | 'url'> =>
  typeof value === 'object' &&
  value !== null &&
  'method' in value &&
  'url' in value &&
  typeof value.url === 'string';

type Settle = (key: string, count: number, windowMs: number) => Promise<[number, number]>;
type Answer = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** A counter as this process knows it: Redis's count at the last settling, plus what came since. */
type Counter = {
  /** The count Redis answered at `settledAt`, this process's increments until then included. */
  settled: number;
  /** Increments answered here and not yet sent. */
  unsent: number;
  /** Increments sent whose answer has not come back yet. */
  inFlight: number;
  windowMs: number;
  expiresAt: number;
  settledAt: number;
  /** Requests waiting for the first answer from Redis (no count known yet). */
  waiting: Answer[];
  sending: boolean;
};

export type SettlingStoreOptions = {
  redis: Redis;
  prefix: string;
  /** How long a count from Redis is taken as current; increments are sent at least this often. */
  settleMs: number;
  clock?: () => number;
};

/**
 * Rate-limit counters in Redis, settled at most every `settleMs` per key instead of once per request
 * (one Redis round trip per request was a sixth of the API's CPU on a cheap route, docs/benchmarks.md).
 * Within `settleMs` of its last answer from Redis a process counts on by itself, so the limit is
 * exact for the requests one process serves and lags by at most `settleMs` of the other processes'
 * requests. A key's first request waits for Redis; a failure is passed on (the plugin's skipOnError
 * lets the request through) and the key starts over.
 */
export function settlingStore({ redis, prefix, settleMs, clock = Date.now }: SettlingStoreOptions): {
  Store: FastifyRateLimitStoreCtor;
  stop: () => void;
} {
  redis.defineCommand('rateLimitSettle', { numberOfKeys: 1, lua: SETTLE });
  const settle: Settle = (key, count, windowMs) =>
    (redis as Redis & { rateLimitSettle: Settle }).rateLimitSettle(key, count, windowMs);

  const counters = new Map<string, Counter>();
  const fresh = (counter: Counter, now: number) =>
    now - counter.settledAt < settleMs && now < counter.expiresAt;

  async function send(key: string, counter: Counter) {
    if (counter.sending) return;
    counter.sending = true;
    const count = counter.unsent;
    const waiting = counter.waiting.splice(0);
    counter.unsent = 0;
    counter.inFlight = count;
    try {
      const [current, ttl] = await settle(key, count, counter.windowMs);
      const now = clock();
      counter.settled = current;
      counter.inFlight = 0;
      counter.settledAt = now;
      counter.expiresAt = now + ttl;
      // The waiting requests were the last of the `count` sent, in the order they came.
      const first = current - waiting.length + 1;
      waiting.forEach((answer, index) => answer(null, { current: first + index, ttl }));
    } catch (error) {
      counters.delete(key);
      const failure = error instanceof Error ? error : new Error('rate-limit counter failed');
      for (const answer of [...waiting, ...counter.waiting]) answer(failure);
      return;
    } finally {
      counter.sending = false;
    }
    // Requests that came while the answer was on its way and could not be counted here yet.
    if (counter.waiting.length > 0) void send(key, counter);
  }

  // Unsent increments reach Redis within `settleMs`; counters past their window are forgotten.
  const timer = setInterval(() => {
    const now = clock();
    for (const [key, counter] of counters) {
      if (now >= counter.expiresAt && counter.waiting.length === 0 && !counter.sending) {
        counters.delete(key);
      } else if (counter.unsent > 0 && !counter.sending) {
        void send(key, counter);
      }
    }
  }, settleMs);
  timer.unref();

  class SettlingStore implements FastifyRateLimitStore {
    /** The plugin passes its options (unused here); a route's child store passes its own key prefix. */
    constructor(
      _options?: object,
      private readonly keyPrefix = prefix,
    ) {}

    incr(name: string, answer: Answer, timeWindow: number) {
      const key = this.keyPrefix + name;
      const now = clock();
      let counter = counters.get(key);
      if (counter && now >= counter.expiresAt && !counter.sending && counter.waiting.length === 0) {
        counters.delete(key);
        counter = undefined;
      }
      if (!counter) {
        counter = {
          settled: 0,
          unsent: 0,
          inFlight: 0,
          windowMs: timeWindow,
          expiresAt: 0,
          settledAt: 0,
          waiting: [],
          sending: false,
        };
        counters.set(key, counter);
      }
      counter.unsent += 1;
      if (fresh(counter, now)) {
        const current = counter.settled + counter.inFlight + counter.unsent;
        answer(null, { current, ttl: counter.expiresAt - now });
        return;
      }
      counter.waiting.push(answer);
      void send(key, counter);
    }

    /**
     * A route with limits of its own counts apart. The plugin passes the route's merged limits with the
     * route itself as `routeInfo` (its own RedisStore reads the same), whatever its typings say.
     */
    child(routeOptions: RouteOptions & { path: string; prefix: string }) {
      const route =
        'routeInfo' in routeOptions && isRoute(routeOptions.routeInfo)
          ? routeOptions.routeInfo
          : routeOptions;
      return new SettlingStore(undefined, `${this.keyPrefix}${[route.method].flat().join(',')}${route.url}-`);
    }
  }
  return { Store: SettlingStore, stop: () => clearInterval(timer) };
}
