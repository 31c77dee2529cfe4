import { and, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { organizations, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';

export type SessionState = { actor: Actor; sessionVersion: number };

/**
 * A user as their access token names them, with the session version their tokens must carry;
 * undefined when the user does not exist, was removed or is disabled.
 */
export async function findSessionState(db: DbExecutor, userId: string): Promise<SessionState | undefined> {
  const [row] = await db
    .select({
      userId: users.id,
      organizationId: organizations.id,
      organizationKind: organizations.kind,
      regionCode: organizations.regionCode,
      role: users.role,
      isAdmin: users.isAdmin,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(users.id, userId), isNull(users.disabledAt), isNull(users.removedAt)));
  if (!row) return undefined;
  const { sessionVersion, ...actor } = row;
  return { actor: actor as Actor, sessionVersion };
}

/** A user as their access token would name them (undefined: the user is gone or may not act). */
export async function findActor(db: DbExecutor, userId: string): Promise<Actor | undefined> {
  return (await findSessionState(db, userId))?.actor;
}
