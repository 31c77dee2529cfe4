import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { DbExecutor } from '../../db/client';
import { toOrganization } from '../organizations/organization.mapper';
import type { OrganizationRow } from '../organizations/organizations.repo';
import { createAuthRepo, type UserRow } from './auth.repo';
import { newOpaqueToken } from './secrets';
import { toUser } from './user.mapper';

export type IssuedSession = { session: Session; refreshToken: string; refreshExpiresAt: Date };

export type SessionIssuerDeps = {
  /** Signs an access token naming the user and the session version it belongs to. */
  signAccessToken: (userId: string, sessionVersion: number) => string;
  refreshTokenTtlDays: number;
  clock?: () => Date;
};

const DAY_MS = 86_400_000;

/** A refresh token in a new or the given family, and an access token of the user's current version. */
export function createSessionIssuer({
  signAccessToken,
  refreshTokenTtlDays,
  clock = () => new Date(),
}: SessionIssuerDeps) {
  return async function issueSession(
    tx: DbExecutor,
    user: UserRow,
    organization: OrganizationRow,
    familyId?: string,
  ): Promise<IssuedSession> {
    const repo = createAuthRepo(tx);
    const family = familyId ?? (await repo.createFamily(user.id));
    const { token, tokenHash } = newOpaqueToken();
    const refreshExpiresAt = new Date(clock().getTime() + refreshTokenTtlDays * DAY_MS);
    await repo.insertRefreshToken(family, tokenHash, refreshExpiresAt);
    return {
      session: {
        accessToken: signAccessToken(user.id, user.sessionVersion),
        user: toUser(user),
        organization: toOrganization(organization, true),
      },
      refreshToken: token,
      refreshExpiresAt,
    };
  };
}
export type IssueSession = ReturnType<typeof createSessionIssuer>;
