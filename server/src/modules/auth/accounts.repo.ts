import { and, asc, count, desc, eq, gt, ilike, isNull, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { invitations, organizations, refreshTokenFamilies, users } from '../../db/schema';
import type { UserRow } from './auth.repo';

/** Changes to users that end or limit their access (passwords, members, disabling). */
export function createAccountsRepo(db: DbExecutor) {
  /** Ends the user's access tokens (their refresh families may still sign in again). */
  async function bumpSessionVersion(userId: string): Promise<number> {
    const [row] = await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ sessionVersion: users.sessionVersion });
    return row?.sessionVersion ?? 0;
  }

  return {
    bumpSessionVersion,

    async setPassword(userId: string, passwordHash: string): Promise<void> {
      await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
    },

    /**
     * Revokes every open refresh family of the user and raises their session version, so their access
     * tokens stop too; returns the new version.
     */
    async endAllSessions(userId: string, reason: string): Promise<number> {
      await db
        .update(refreshTokenFamilies)
        .set({ revokedAt: sql`now()`, revokedReason: reason })
        .where(and(eq(refreshTokenFamilies.userId, userId), isNull(refreshTokenFamilies.revokedAt)));
      return bumpSessionVersion(userId);
    },

    /** Serializes changes to one organization's members (the last-owner rule reads, then writes). */
    async lockOrganization(organizationId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, organizationId))
        .for('update');
      return row !== undefined;
    },

    /** A current (not removed) member of the organization. */
    async findMember(organizationId: string, userId: string): Promise<UserRow | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, userId), eq(users.organizationId, organizationId), isNull(users.removedAt)));
      return row;
    },

    /** Owners who can still act for the organization (neither removed nor disabled). */
    async activeOwners(organizationId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(users)
        .where(
          and(
            eq(users.organizationId, organizationId),
            eq(users.role, 'owner'),
            isNull(users.removedAt),
            isNull(users.disabledAt),
          ),
        );
      return Number(row?.n ?? 0);
    },

    async update(
      userId: string,
      values: Partial<
        Pick<
          UserRow,
          'role' | 'removedAt' | 'disabledAt' | 'fullName' | 'language' | 'notificationPreferences'
        >
      >,
    ): Promise<UserRow> {
      const [row] = await db.update(users).set(values).where(eq(users.id, userId)).returning();
      return row!;
    },

    /** Users whose name or e-mail contains `q`, with their organization's name (the console's search). */
    searchUsers(q: string, limit: number) {
      const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
      return db
        .select({ user: users, organizationName: organizations.name })
        .from(users)
        .innerJoin(organizations, eq(organizations.id, users.organizationId))
        .where(or(ilike(users.fullName, pattern), ilike(users.email, pattern)))
        .orderBy(asc(users.fullName), asc(users.id))
        .limit(limit);
    },

    async findUser(userId: string): Promise<UserRow | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, userId), isNull(users.removedAt)));
      return row;
    },

    /** Invitations of the organization still open (not accepted, not expired), newest first. */
    async pendingInvitations(organizationId: string, now: Date) {
      return db
        .select({ invitation: invitations, invitedBy: users.fullName })
        .from(invitations)
        .innerJoin(users, eq(users.id, invitations.invitedByUserId))
        .where(
          and(
            eq(invitations.organizationId, organizationId),
            isNull(invitations.acceptedAt),
            gt(invitations.expiresAt, now),
          ),
        )
        .orderBy(desc(invitations.createdAt));
    },

    /** Deletes an open invitation of the organization (its link stops working); undefined when none. */
    async deletePendingInvitation(organizationId: string, invitationId: string) {
      const [row] = await db
        .delete(invitations)
        .where(
          and(
            eq(invitations.id, invitationId),
            eq(invitations.organizationId, organizationId),
            isNull(invitations.acceptedAt),
          ),
        )
        .returning();
      return row;
    },
  };
}
export type AccountsRepo = ReturnType<typeof createAccountsRepo>;
