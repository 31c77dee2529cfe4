import {
  type PendingInvitation,
  roleSchema,
  type UpdateMemberInput,
  type User,
} from '@zamena/shared/auth/auth.schemas';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { createAccountsRepo, type AccountsRepo } from './accounts.repo';
import type { UserRow } from './auth.repo';
import { toUser } from './user.mapper';

type Deps = { db: Db; sessionsChanged: (userId: string) => void; clock?: () => Date };

const lastOwner = () =>
  new ConflictError('last_owner', 'The organization needs an owner: make another member owner first');

/**
 * Owners manage their organization's members; administrators disable and enable any user. Each change
 * that takes access away ends the user's sessions at once (accounts.repo.ts `endAllSessions`).
 */
export function createMembersService({ db, sessionsChanged, clock = () => new Date() }: Deps) {
  /** Another organization's members are missing to the caller (DESIGN.md §3), a member's own are forbidden. */
  function assertOwnerOf(organizationId: string, actor: Actor) {
    if (organizationId !== actor.organizationId && !actor.isAdmin) throw new NotFoundError('Organization');
    if (actor.role !== 'owner' && !actor.isAdmin) {
      throw new ForbiddenError('owner_only', 'Only the organization owner manages members');
    }
  }

  /** Runs `work` on the member with the organization's members locked (the last-owner rule). */
  async function withMember<T>(
    organizationId: string,
    userId: string,
    work: (accounts: AccountsRepo, member: UserRow, tx: Tx) => Promise<T>,
  ): Promise<T> {
    const result = await db.transaction(async (tx) => {
      const accounts = createAccountsRepo(tx);
      if (!(await accounts.lockOrganization(organizationId))) throw new NotFoundError('Organization');
      const member = await accounts.findMember(organizationId, userId);
      if (!member) throw new NotFoundError('Member');
      return work(accounts, member, tx);
    });
    sessionsChanged(userId);
    return result;
  }

  function assertAdmin(actor: Actor) {
    if (!actor.isAdmin) throw new ForbiddenError('admin_only', 'Only a platform administrator does this');
  }

  return {
    async updateRole(organizationId: string, userId: string, input: UpdateMemberInput, actor: Actor) {
      assertOwnerOf(organizationId, actor);
      return withMember(organizationId, userId, async (accounts, member, tx): Promise<User> => {
        if (member.role === input.role) return toUser(member);
        if (member.role === 'owner' && (await accounts.activeOwners(organizationId)) <= 1) throw lastOwner();
        const row = await accounts.update(userId, { role: input.role });
        await recordAudit(tx, {
          actor,
          action: 'member.role_changed',
          entityType: 'user',
          entityId: userId,
          before: { role: member.role },
          after: { role: row.role },
        });
        return toUser(row);
      });
    },

    /** The user keeps their row (records name them) but is no member any more and cannot sign in. */
    async remove(organizationId: string, userId: string, actor: Actor): Promise<void> {
      assertOwnerOf(organizationId, actor);
      await withMember(organizationId, userId, async (accounts, member, tx) => {
        const countsAsOwner = member.role === 'owner' && member.disabledAt === null;
        if (countsAsOwner && (await accounts.activeOwners(organizationId)) <= 1) throw lastOwner();
        await accounts.update(userId, { removedAt: new Date() });
        await accounts.endAllSessions(userId, 'removed');
        await recordAudit(tx, {
          actor,
          action: 'member.removed',
          entityType: 'user',
          entityId: userId,
          before: toUser(member),
        });
      });
    },

    async setDisabled(userId: string, disabled: boolean, actor: Actor): Promise<User> {
      assertAdmin(actor);
      if (disabled && userId === actor.userId) {
        throw new ConflictError('cannot_disable_self', 'An administrator cannot disable themselves');
      }
      const result = await db.transaction(async (tx) => {
        const accounts = createAccountsRepo(tx);
        const user = await accounts.findUser(userId);
        if (!user) throw new NotFoundError('User');
        if ((user.disabledAt !== null) === disabled) return toUser(user);
        const row = await accounts.update(userId, { disabledAt: disabled ? new Date() : null });
        if (disabled) await accounts.endAllSessions(userId, 'disabled');
        await recordAudit(tx, {
          actor,
          action: disabled ? 'user.disabled' : 'user.enabled',
          entityType: 'user',
          entityId: userId,
          before: { disabled: !disabled },
          after: { disabled },
        });
        return toUser(row);
      });
      sessionsChanged(userId);
      return result;
    },

    async invitations(organizationId: string, actor: Actor): Promise<PendingInvitation[]> {
      assertOwnerOf(organizationId, actor);
      const rows = await createAccountsRepo(db).pendingInvitations(organizationId, clock());
      return rows.map(({ invitation, invitedBy }) => ({
        id: invitation.id,
        email: invitation.email,
        fullName: invitation.fullName,
        role: roleSchema.parse(invitation.role),
        expiresAt: invitation.expiresAt.toISOString(),
        invitedAt: invitation.createdAt.toISOString(),
        invitedBy,
      }));
    },

    /** The invitation's link stops working; an accepted one is a member now (removed as members are). */
    async revokeInvitation(organizationId: string, invitationId: string, actor: Actor): Promise<void> {
      assertOwnerOf(organizationId, actor);
      await db.transaction(async (tx) => {
        const row = await createAccountsRepo(tx).deletePendingInvitation(organizationId, invitationId);
        if (!row) throw new NotFoundError('Invitation');
        await recordAudit(tx, {
          actor,
          action: 'invitation.revoked',
          entityType: 'invitation',
          entityId: row.id,
          before: { email: row.email, role: row.role, organizationId },
        });
      });
    },
  };
}
export type MembersService = ReturnType<typeof createMembersService>;
