import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { invitations, organizations, refreshTokenFamilies, refreshTokens, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export function createAuthRepo(db: DbExecutor) {
  return {
    async insertUser(values: typeof users.$inferInsert): Promise<UserRow> {
      const [row] = await db.insert(users).values(values).returning();
      return row!;
    },

    async findUserByEmail(email: string) {
      const [row] = await db
        .select({ user: users, organization: organizations })
        .from(users)
        .innerJoin(organizations, eq(organizations.id, users.organizationId))
        .where(eq(users.email, email));
      return row;
    },

    async findUserById(id: string) {
      const [row] = await db
        .select({ user: users, organization: organizations })
        .from(users)
        .innerJoin(organizations, eq(organizations.id, users.organizationId))
        .where(eq(users.id, id));
      return row;
    },

    async createFamily(userId: string): Promise<string> {
      const [row] = await db
        .insert(refreshTokenFamilies)
        .values({ userId })
        .returning({ id: refreshTokenFamilies.id });
      return row!.id;
    },

    async insertRefreshToken(familyId: string, tokenHash: string, expiresAt: Date) {
      await db.insert(refreshTokens).values({ familyId, tokenHash, expiresAt });
    },

    /** Locks the token row so two concurrent refreshes with one token cannot both succeed. */
    async findRefreshTokenForUpdate(tokenHash: string) {
      const [row] = await db
        .select({
          id: refreshTokens.id,
          familyId: refreshTokens.familyId,
          expiresAt: refreshTokens.expiresAt,
          spentAt: refreshTokens.spentAt,
          familyRevokedAt: refreshTokenFamilies.revokedAt,
          userId: refreshTokenFamilies.userId,
        })
        .from(refreshTokens)
        .innerJoin(refreshTokenFamilies, eq(refreshTokenFamilies.id, refreshTokens.familyId))
        .where(eq(refreshTokens.tokenHash, tokenHash))
        .for('update', { of: refreshTokens });
      return row;
    },

    async spendRefreshToken(id: string) {
      await db
        .update(refreshTokens)
        .set({ spentAt: sql`now()` })
        .where(eq(refreshTokens.id, id));
    },

    async revokeFamily(familyId: string, reason: string) {
      await db
        .update(refreshTokenFamilies)
        .set({ revokedAt: sql`now()`, revokedReason: reason })
        .where(and(eq(refreshTokenFamilies.id, familyId), isNull(refreshTokenFamilies.revokedAt)));
    },

    async insertInvitation(values: typeof invitations.$inferInsert) {
      const [row] = await db.insert(invitations).values(values).returning();
      return row!;
    },

    /** Claims an open invitation exactly once (guarded update). */
    async claimInvitation(tokenHash: string) {
      const [row] = await db
        .update(invitations)
        .set({ acceptedAt: sql`now()` })
        .where(
          and(
            eq(invitations.tokenHash, tokenHash),
            isNull(invitations.acceptedAt),
            sql`${invitations.expiresAt} > now()`,
          ),
        )
        .returning();
      return row;
    },
  };
}
export type AuthRepo = ReturnType<typeof createAuthRepo>;
