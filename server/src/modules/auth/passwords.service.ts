import { randomUUID } from 'node:crypto';
import type { ChangePasswordInput, ResetPasswordInput } from '@zamena/shared/auth/auth.schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { UnauthorizedError, ValidationError } from '../../lib/errors';
import { addToOutbox } from '../../queue/outbox';
import { recordAudit } from '../audit/audit.repo';
import { createAccountsRepo } from './accounts.repo';
import { sendPasswordResetJob, sendPasswordResetJobId } from './auth.jobs';
import { createAuthRepo } from './auth.repo';
import { mayAct } from './auth.service';
import type { LoginThrottle } from './login-throttle';
import { assertPasswordAllowed } from './password-policy';
import type { ResetTokens } from './password-reset-token';
import { createPasswordResetsRepo } from './password-resets.repo';
import { hashOpaqueToken, hashPassword, verifyPassword } from './secrets';
import type { IssueSession, IssuedSession } from './session-issuer';

type Deps = {
  db: Db;
  issueSession: IssueSession;
  resetTokens: ResetTokens;
  resetTtlMinutes: number;
  throttle: Pick<LoginThrottle, 'recordSuccess'>;
  sessionsChanged: (userId: string) => void;
  clock?: () => Date;
};

/** One reset e-mail per user per this long at most: the public form cannot flood an inbox. */
const RESEND_AFTER_MS = 60_000;

const invalidLink = () =>
  new ValidationError('The link cannot be used', [
    { path: 'token', message: 'the link is invalid, already used or expired: ask for a new one' },
  ]);

/** Changing a forgotten or known password (DESIGN.md §5, Accounts); both end every other session. */
export function createPasswordsService({
  db,
  issueSession,
  resetTokens,
  resetTtlMinutes,
  throttle,
  sessionsChanged,
  clock = () => new Date(),
}: Deps) {
  const repo = createAuthRepo(db);

  return {
    /** Returns a new session for this device; every other session and access token ends. */
    async change(actor: Actor, input: ChangePasswordInput): Promise<IssuedSession> {
      const found = await repo.findUserById(actor.userId);
      if (!found || !mayAct(found.user)) throw new UnauthorizedError('session_ended', 'Sign in again');
      if (!(await verifyPassword(found.user.passwordHash, input.currentPassword))) {
        throw new ValidationError('The current password is wrong', [
          { path: 'currentPassword', message: 'is not your current password' },
        ]);
      }
      assertPasswordAllowed(input.newPassword, found.user.email, 'newPassword');
      const passwordHash = await hashPassword(input.newPassword);
      const issued = await db.transaction(async (tx) => {
        const accounts = createAccountsRepo(tx);
        await accounts.setPassword(actor.userId, passwordHash);
        const sessionVersion = await accounts.endAllSessions(actor.userId, 'password_changed');
        await recordAudit(tx, {
          actor,
          action: 'user.password_changed',
          entityType: 'user',
          entityId: actor.userId,
        });
        return issueSession(tx, { ...found.user, sessionVersion }, found.organization);
      });
      sessionsChanged(actor.userId);
      return issued;
    },

    /** Answers alike whether or not the address is registered; the e-mail goes out through the outbox. */
    async forgot(email: string): Promise<void> {
      const found = await repo.findUserByEmail(email);
      if (!found || !mayAct(found.user)) return;
      const userId = found.user.id;
      const now = clock();
      await db.transaction(async (tx) => {
        const resets = createPasswordResetsRepo(tx);
        if (await resets.requestedSince(userId, new Date(now.getTime() - RESEND_AFTER_MS))) return;
        const id = randomUUID();
        await resets.insert({
          id,
          userId,
          tokenHash: resetTokens.hashOf(id),
          expiresAt: new Date(now.getTime() + resetTtlMinutes * 60_000),
        });
        await addToOutbox(tx, sendPasswordResetJob, { resetId: id }, sendPasswordResetJobId(id));
        await recordAudit(tx, {
          actor: null,
          action: 'user.password_reset_requested',
          entityType: 'user',
          entityId: userId,
        });
      });
    },

    /** Sets the new password once per link; the user then signs in everywhere again. */
    async reset({ token, newPassword }: ResetPasswordInput): Promise<void> {
      const found = await createPasswordResetsRepo(db).findOpen(hashOpaqueToken(token));
      if (!found) throw invalidLink();
      assertPasswordAllowed(newPassword, found.email, 'newPassword');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        const resets = createPasswordResetsRepo(tx);
        if (!(await resets.claim(found.id))) throw invalidLink();
        await resets.closeOpen(found.userId);
        const accounts = createAccountsRepo(tx);
        await accounts.setPassword(found.userId, passwordHash);
        await accounts.endAllSessions(found.userId, 'password_reset');
        await recordAudit(tx, {
          actor: { userId: found.userId, organizationId: found.organizationId },
          action: 'user.password_reset',
          entityType: 'user',
          entityId: found.userId,
        });
      });
      sessionsChanged(found.userId);
      // Whoever holds the mailbox may sign in again at once, past earlier failed attempts.
      await throttle.recordSuccess(found.email);
    },
  };
}
export type PasswordsService = ReturnType<typeof createPasswordsService>;
