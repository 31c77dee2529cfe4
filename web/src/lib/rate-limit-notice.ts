/**
 * The API's "too many requests, come back in N seconds" (429 with Retry-After), kept for the notice
 * the layout shows and for the queries that wait it out (react-query.ts).
 */

/** When a 429 names no wait the server's window is a minute (server/src/http/rate-limit.plugin.ts). */
const DEFAULT_WAIT_SECONDS = 60;

const ROUNDING_MS = 1000;

let waitUntil = 0;
let endTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Retry-After is delay-seconds or an HTTP date (RFC 9110 §10.2.3); anything else: the default wait. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_WAIT_SECONDS;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? DEFAULT_WAIT_SECONDS : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Called by the API client on every 429; the longest wait asked for wins. */
export function noteRateLimited(seconds: number, now = Date.now()) {
  const until = now + seconds * 1000;
  // Retry-After is rounded up to whole seconds: a later answer naming the same moment is no news.
  if (until <= waitUntil + ROUNDING_MS) return;
  waitUntil = until;
  clearTimeout(endTimer);
  // Listeners hear the end too, so the notice goes and what failed is fetched again.
  endTimer = setTimeout(() => {
    waitUntil = 0;
    notify();
  }, until - now);
  notify();
}

/** The moment the wait ends (ms since the epoch), or null when there is nothing to wait for. */
export const rateLimitedUntil = (): number | null => (waitUntil > 0 ? waitUntil : null);

export function subscribeRateLimit(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
