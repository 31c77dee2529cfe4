import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  noteRateLimited,
  rateLimitedUntil,
  retryAfterSeconds,
  subscribeRateLimit,
} from './rate-limit-notice';

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates, and falls back to a minute', () => {
    const now = Date.parse('2026-12-07T20:00:00Z');
    expect(retryAfterSeconds('17', now)).toBe(17);
    expect(retryAfterSeconds('Mon, 07 Dec 2026 20:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Mon, 07 Dec 2026 19:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds(null, now)).toBe(60);
    expect(retryAfterSeconds('soon', now)).toBe(60);
  });
});

describe('the rate-limit notice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lasts for the longest wait asked for, then tells its listeners it is over', () => {
    const heard: (number | null)[] = [];
    const unsubscribe = subscribeRateLimit(() => heard.push(rateLimitedUntil()));
    const start = Date.now();
    noteRateLimited(30, start);
    noteRateLimited(10, start);
    // A second later, the same moment rounded up: nothing new to tell.
    noteRateLimited(30, start + 500);
    expect(rateLimitedUntil()).toBe(start + 30_000);
    vi.advanceTimersByTime(29_000);
    expect(rateLimitedUntil()).toBe(start + 30_000);
    vi.advanceTimersByTime(1_000);
    expect(rateLimitedUntil()).toBeNull();
    expect(heard).toEqual([start + 30_000, null]);
    unsubscribe();
  });
});
