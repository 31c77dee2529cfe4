import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { passwordResets, users } from '../../db/schema';

const open = and(isNull(passwordResets.usedAt), sql`${passwordResets.expiresAt} > now()`);

export function createPasswordResetsRepo(db: DbExecutor) {
  return {
    async insert(values: typeof passwordResets.$inferInsert): Promise<void> {
      await db.insert(passwordResets).values(values);
    },

    async requestedSince(userId: string, since: Date): Promise<boolean> {
      const [row] = await db
        .select({ id: passwordResets.id })
        .from(passwordResets)
        .where(and(eq(passwordResets.userId, userId), gt(passwordResets.createdAt, since)))
        .limit(1);
      return row !== undefined;
    },

    /** An unused, unexpired reset of a user who may still sign in. */
    async findOpen(tokenHash: string) {
      const [row] = await db
        .select({
          id: passwordResets.id,
          userId: users.id,
          organizationId: users.organizationId,
          email: users.email,
        })
        .from(passwordResets)
        .innerJoin(users, eq(users.id, passwordResets.userId))
        .where(
          and(
            eq(passwordResets.tokenHash, tokenHash),
            open,
            isNull(users.disabledAt),
            isNull(users.removedAt),
          ),
        );
      return row;
    },

    /** Uses the reset exactly once (guarded update): false when it was used or expired meanwhile. */
    async claim(id: string): Promise<boolean> {
      const claimed = await db
        .update(passwordResets)
        .set({ usedAt: sql`now()` })
        .where(and(eq(passwordResets.id, id), open))
        .returning({ id: passwordResets.id });
      return claimed.length === 1;
    },

    /** Other links sent before a successful reset stop working. */
    async closeOpen(userId: string): Promise<void> {
      await db
        .update(passwordResets)
        .set({ usedAt: sql`now()` })
        .where(and(eq(passwordResets.userId, userId), open));
    },

    /** What the e-mail needs, while the reset is still open. */
    async forDelivery(id: string) {
      const [row] = await db
        .select({
          id: passwordResets.id,
          emailedAt: passwordResets.emailedAt,
          expiresAt: passwordResets.expiresAt,
          email: users.email,
          fullName: users.fullName,
          language: users.language,
        })
        .from(passwordResets)
        .innerJoin(users, eq(users.id, passwordResets.userId))
        .where(and(eq(passwordResets.id, id), open));
      return row;
    },

    async markEmailed(id: string): Promise<void> {
      await db
        .update(passwordResets)
        .set({ emailedAt: sql`now()` })
        .where(and(eq(passwordResets.id, id), isNull(passwordResets.emailedAt)));
    },
  };
}
