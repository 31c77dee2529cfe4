import type {
  createAssociationSchema,
  Invitation,
  inviteMemberSchema,
  Me,
  registerSchema,
  User,
} from '@zamena/shared/auth/auth.schemas';
import type { z } from 'zod';
import type { Db, DbExecutor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from '../../lib/errors';
import { isUniqueViolation } from '../../lib/pg-errors';
import { recordAudit } from '../audit/audit.repo';
import { toOrganization } from '../organizations/organization.mapper';
import type { OrganizationsService } from '../organizations/organizations.service';
import { createAccountsRepo } from './accounts.repo';
import { createAuthRepo, type UserRow } from './auth.repo';
import type { LoginThrottle } from './login-throttle';
import { assertPasswordAllowed } from './password-policy';
import { hashOpaqueToken, hashPassword, newOpaqueToken, verifyPassword } from './secrets';
import { createSessionIssuer, type IssuedSession, type SessionIssuerDeps } from './session-issuer';
import { readPreferences, toUser } from './user.mapper';

type Deps = SessionIssuerDeps & {
  db: Db;
  organizations: OrganizationsService;
  throttle: LoginThrottle;
  /** Tells this process's session cache that the user's sessions changed (session-states.ts). */
  sessionsChanged: (userId: string) => void;
};

export type { IssuedSession } from './session-issuer';

const INVITATION_TTL_DAYS = 7;
const DAY_MS = 86_400_000;
// A real argon2id hash of a random password: unknown e-mails cost the same verify as known ones.
const DUMMY_HASH = hashPassword(crypto.randomUUID());

/** Removed and disabled users keep their rows (and e-mails) but may not sign in or refresh. */
export const mayAct = (user: UserRow) => user.disabledAt === null && user.removedAt === null;

export function createAuthService({ db, organizations, throttle, sessionsChanged, ...issuer }: Deps) {
  const { clock = () => new Date() } = issuer;
  const repo = createAuthRepo(db);
  const issueSession = createSessionIssuer(issuer);

  async function insertUserOrConflict(
    tx: DbExecutor,
    values: Parameters<ReturnType<typeof createAuthRepo>['insertUser']>[0],
  ) {
    try {
      return await createAuthRepo(tx).insertUser(values);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new ConflictError('email_taken', 'A user with this e-mail already exists');
      }
      throw error;
    }
  }

  async function createOrganizationWithOwner(
    input: { email: string; password: string; fullName: string; language: 'ru' | 'en' },
    organizationInput: Parameters<OrganizationsService['create']>[1],
    actor: Actor | null,
    passwordField: string,
  ) {
    assertPasswordAllowed(input.password, input.email, passwordField);
    const passwordHash = await hashPassword(input.password);
    return db.transaction(async (tx) => {
      const organization = await organizations.create(tx, organizationInput, actor);
      const user = await insertUserOrConflict(tx, {
        organizationId: organization.id,
        email: input.email,
        passwordHash,
        fullName: input.fullName,
        role: 'owner',
        language: input.language,
      });
      await recordAudit(tx, {
        actor: actor ?? { userId: user.id, organizationId: organization.id },
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        after: toUser(user),
      });
      return { user, organization };
    });
  }

  return {
    async register(input: z.output<typeof registerSchema>): Promise<IssuedSession> {
      const { user, organization } = await createOrganizationWithOwner(
        input,
        input.organization,
        null,
        'password',
      );
      return db.transaction((tx) => issueSession(tx, user, organization));
    },

    /**
     * Unknown e-mail and wrong password answer alike and take alike long; failures are counted per
     * account and per address (login-throttle.ts).
     */
    async login(email: string, password: string, address: string): Promise<IssuedSession> {
      await throttle.assertAllowed(email, address);
      const found = await repo.findUserByEmail(email);
      const ok = await verifyPassword(found?.user.passwordHash ?? (await DUMMY_HASH), password);
      if (!found || !ok) {
        await throttle.recordFailure(email, address);
        throw new UnauthorizedError('invalid_credentials', 'Wrong e-mail or password');
      }
      await throttle.recordSuccess(email);
      if (!mayAct(found.user)) {
        throw new UnauthorizedError(
          'account_disabled',
          'This account is disabled: ask the organization owner or the administrator',
        );
      }
      return db.transaction((tx) => issueSession(tx, found.user, found.organization));
    },

    /**
     * Rotates the refresh token; presenting a spent one revokes its whole family (token theft) and
     * ends the user's access tokens.
     */
    async refresh(token: string | undefined): Promise<IssuedSession> {
      if (!token) throw new UnauthorizedError('no_refresh_token', 'Sign in again');
      const outcome = await db.transaction(async (tx) => {
        const txRepo = createAuthRepo(tx);
        const row = await txRepo.findRefreshTokenForUpdate(hashOpaqueToken(token));
        if (!row || row.familyRevokedAt || row.expiresAt <= clock()) return { error: 'invalid' as const };
        if (row.spentAt) {
          await txRepo.revokeFamily(row.familyId, 'reuse_detected');
          await createAccountsRepo(tx).bumpSessionVersion(row.userId);
          await recordAudit(tx, {
            actor: null,
            action: 'session.reuse_detected',
            entityType: 'refresh_token_family',
            entityId: row.familyId,
          });
          return { error: 'reused' as const, userId: row.userId };
        }
        await txRepo.spendRefreshToken(row.id);
        const found = await txRepo.findUserById(row.userId);
        if (!found || !mayAct(found.user)) return { error: 'invalid' as const };
        return { issued: await issueSession(tx, found.user, found.organization, row.familyId) };
      });
      if ('error' in outcome) {
        if (outcome.error === 'reused') sessionsChanged(outcome.userId);
        throw new UnauthorizedError(
          outcome.error === 'reused' ? 'refresh_token_reused' : 'invalid_refresh_token',
          'Sign in again',
        );
      }
      return outcome.issued;
    },

    /**
     * Ends this device's session (its refresh family) and the user's access tokens everywhere: other
     * devices get a new access token from their own refresh cookie, this one has none left.
     */
    async logout(token: string | undefined): Promise<void> {
      if (!token) return;
      const userId = await db.transaction(async (tx) => {
        const txRepo = createAuthRepo(tx);
        const row = await txRepo.findRefreshTokenForUpdate(hashOpaqueToken(token));
        if (!row) return undefined;
        await txRepo.revokeFamily(row.familyId, 'logout');
        await createAccountsRepo(tx).bumpSessionVersion(row.userId);
        return row.userId;
      });
      if (userId) sessionsChanged(userId);
    },

    async me(actor: Actor): Promise<Me> {
      const found = await repo.findUserById(actor.userId);
      if (!found || !mayAct(found.user)) throw new UnauthorizedError('session_ended', 'Sign in again');
      return {
        user: toUser(found.user),
        organization: toOrganization(found.organization, true),
        notificationPreferences: readPreferences(found.user.notificationPreferences),
      };
    },

    async invite(
      organizationId: string,
      input: z.output<typeof inviteMemberSchema>,
      actor: Actor,
    ): Promise<Invitation> {
      if (organizationId !== actor.organizationId && !actor.isAdmin) throw new NotFoundError('Organization');
      // An admin may invite into any organization, so the one named must exist (not a foreign-key 500).
      if (actor.isAdmin && !(await organizations.findRow(organizationId)))
        throw new NotFoundError('Organization');
      if (actor.role !== 'owner' && !actor.isAdmin) {
        throw new ForbiddenError('owner_only', 'Only the organization owner invites members');
      }
      if (await repo.findUserByEmail(input.email)) {
        throw new ConflictError('email_taken', 'A user with this e-mail already exists');
      }
      const { token, tokenHash } = newOpaqueToken();
      return db.transaction(async (tx) => {
        const row = await createAuthRepo(tx).insertInvitation({
          organizationId,
          email: input.email,
          fullName: input.fullName,
          role: input.role,
          tokenHash,
          invitedByUserId: actor.userId,
          expiresAt: new Date(clock().getTime() + INVITATION_TTL_DAYS * DAY_MS),
        });
        await recordAudit(tx, {
          actor,
          action: 'invitation.created',
          entityType: 'invitation',
          entityId: row.id,
          after: { email: row.email, role: row.role, organizationId },
        });
        return {
          id: row.id,
          email: row.email,
          fullName: row.fullName,
          role: row.role as Invitation['role'],
          expiresAt: row.expiresAt.toISOString(),
          token,
        };
      });
    },

    async acceptInvitation(token: string, password: string, language: 'ru' | 'en'): Promise<IssuedSession> {
      const passwordHash = await hashPassword(password);
      return db.transaction(async (tx) => {
        const invitation = await createAuthRepo(tx).claimInvitation(hashOpaqueToken(token));
        if (!invitation) throw new NotFoundError('Invitation');
        assertPasswordAllowed(password, invitation.email, 'password');
        const user = await insertUserOrConflict(tx, {
          organizationId: invitation.organizationId,
          email: invitation.email,
          passwordHash,
          fullName: invitation.fullName,
          role: invitation.role,
          language,
        });
        await recordAudit(tx, {
          actor: { userId: user.id, organizationId: user.organizationId },
          action: 'user.joined',
          entityType: 'user',
          entityId: user.id,
          after: toUser(user),
        });
        const organization = await organizations.findRow(invitation.organizationId);
        return issueSession(tx, user, organization!);
      });
    },

    async createAssociation(input: z.output<typeof createAssociationSchema>, actor: Actor) {
      if (!actor.isAdmin)
        throw new ForbiddenError('admin_only', 'Only a platform administrator creates associations');
      const { user, organization } = await createOrganizationWithOwner(
        { ...input.owner, language: 'ru' },
        input.organization,
        actor,
        'owner.password',
      );
      return { user: toUser(user), organization: toOrganization(organization, true) };
    },

    /** Creates the platform administrator named in the environment, once. */
    async ensureAdmin(email: string, password: string): Promise<User | null> {
      if (await repo.findUserByEmail(email.toLowerCase())) return null;
      const passwordHash = await hashPassword(password);
      try {
        return await db.transaction(async (tx) => {
          const organization = await organizations.createPlatformOperator(tx);
          const user = await createAuthRepo(tx).insertUser({
            organizationId: organization.id,
            email: email.toLowerCase(),
            passwordHash,
            fullName: 'Администратор платформы',
            role: 'owner',
            isAdmin: true,
          });
          await recordAudit(tx, {
            actor: null,
            action: 'admin.created',
            entityType: 'user',
            entityId: user.id,
          });
          return toUser(user);
        });
      } catch (error) {
        if (isUniqueViolation(error)) return null; // another process created it first
        throw error;
      }
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
