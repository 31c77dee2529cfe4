import type { Me, UpdateMeInput, UserSearchItem, UserSearchQuery } from '@zamena/shared/auth/auth.schemas';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { ForbiddenError, UnauthorizedError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { toOrganization } from '../organizations/organization.mapper';
import type { OrganizationsService } from '../organizations/organizations.service';
import { createAccountsRepo } from './accounts.repo';
import { readPreferences, toUser } from './user.mapper';

type Deps = { db: Db; organizations: Pick<OrganizationsService, 'findRow'> };

/** The signed-in user's own account (`PATCH /me`) and the association's look-up of users. */
export function createAccountService({ db, organizations }: Deps) {
  return {
    /**
     * Name, language and notification switches. The language is what e-mails are written in
     * (notifications/email-templates.ts reads `users.language`); switches merge per kind, so a client
     * that sends one kind leaves the others as they were.
     */
    async updateMe(actor: Actor, input: UpdateMeInput): Promise<Me> {
      const row = await db.transaction(async (tx) => {
        const accounts = createAccountsRepo(tx);
        const before = await accounts.findUser(actor.userId);
        if (!before) throw new UnauthorizedError('session_ended', 'Sign in again');
        const preferences = input.notificationPreferences
          ? { ...readPreferences(before.notificationPreferences), ...input.notificationPreferences }
          : undefined;
        const updated = await accounts.update(actor.userId, {
          ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
          ...(input.language !== undefined ? { language: input.language } : {}),
          ...(preferences ? { notificationPreferences: preferences } : {}),
        });
        await recordAudit(tx, {
          actor,
          action: 'user.updated',
          entityType: 'user',
          entityId: actor.userId,
          before: { fullName: before.fullName, language: before.language },
          after: { fullName: updated.fullName, language: updated.language },
        });
        return updated;
      });
      const organization = await organizations.findRow(row.organizationId);
      return {
        user: toUser(row),
        organization: toOrganization(organization!, true),
        notificationPreferences: readPreferences(row.notificationPreferences),
      };
    },

    /** Analysts and administrators find users by name or e-mail (removed ones too, marked so). */
    async searchUsers(query: UserSearchQuery, actor: Actor): Promise<UserSearchItem[]> {
      if (!isAnalyst(actor)) throw new ForbiddenError('analysts_only', 'Only the association searches users');
      const rows = await createAccountsRepo(db).searchUsers(query.q, query.limit);
      return rows.map(({ user, organizationName }) => ({
        ...toUser(user),
        organizationName,
        removed: user.removedAt !== null,
      }));
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
