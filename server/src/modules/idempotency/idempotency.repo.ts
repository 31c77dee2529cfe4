import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { idempotencyKeys } from '../../db/schema';

export type StoredResponse = { scope: string; status: number; body: unknown };

/** Responses kept per (user, Idempotency-Key), so a retried request gets the first answer again. */
export function createIdempotencyRepo(db: DbExecutor) {
  return {
    /**
     * Claims the key inside the caller's transaction. A concurrent request with the same key waits
     * on the primary key until this transaction ends, then finds the stored response (or, after a
     * rollback, claims the key itself). False: the key was already taken.
     */
    async claim(userId: string, key: string, scope: string): Promise<boolean> {
      const claimed = await db
        .insert(idempotencyKeys)
        .values({ userId, key, scope, responseStatus: 0, responseBody: {} })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      return claimed.length > 0;
    },

    async find(userId: string, key: string): Promise<StoredResponse | undefined> {
      const [row] = await db
        .select({
          scope: idempotencyKeys.scope,
          status: idempotencyKeys.responseStatus,
          body: idempotencyKeys.responseBody,
        })
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
      return row;
    },

    /**
     * Claims the key on its own (outside the request's transaction), for the creating routes. A claim
     * still pending after `staleSeconds` belonged to a request whose process died before it answered:
     * it is taken over when the same request comes again.
     */
    async claimOrTakeOver(
      userId: string,
      key: string,
      scope: string,
      staleSeconds: number,
    ): Promise<boolean> {
      const claimed = await db
        .insert(idempotencyKeys)
        .values({ userId, key, scope, responseStatus: 0, responseBody: {} })
        .onConflictDoUpdate({
          target: [idempotencyKeys.userId, idempotencyKeys.key],
          set: { createdAt: sql`now()` },
          setWhere: sql`${idempotencyKeys.responseStatus} = 0 AND ${idempotencyKeys.scope} = ${scope}
            AND ${idempotencyKeys.createdAt} < now() - make_interval(secs => ${staleSeconds})`,
        })
        .returning({ key: idempotencyKeys.key });
      return claimed.length > 0;
    },

    /** Gives a pending claim up (the request failed, nothing was created): the key may be used again. */
    async release(userId: string, key: string): Promise<void> {
      await db
        .delete(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.userId, userId),
            eq(idempotencyKeys.key, key),
            eq(idempotencyKeys.responseStatus, 0),
          ),
        );
    },

    async complete(userId: string, key: string, status: number, body: unknown): Promise<void> {
      await db
        .update(idempotencyKeys)
        .set({ responseStatus: status, responseBody: body })
        .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    },
  };
}
