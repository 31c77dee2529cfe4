import type { DbExecutor } from '../../db/client';
import { findSessionState, type SessionState } from './actors.repo';
import { createTtlCache } from './ttl-cache';

/** Users whose state one API process keeps; beyond that the oldest entries go first. */
const MAX_USERS = 10_000;

/**
 * Every authenticated request checks its user here (exists, enabled, same session version): one
 * primary-key lookup per user per `ttlMs`. A change made by this process is seen at once (`forget`);
 * one made by another API process within `ttlMs`.
 */
export function createSessionStates({ db, ttlMs }: { db: DbExecutor; ttlMs: number }) {
  const cache = createTtlCache<SessionState | undefined>({
    ttlMs,
    maxEntries: MAX_USERS,
    load: (userId) => findSessionState(db, userId),
  });
  return { current: (userId: string) => cache.get(userId), forget: (userId: string) => cache.forget(userId) };
}
export type SessionStates = ReturnType<typeof createSessionStates>;
