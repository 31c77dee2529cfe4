import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { organizations, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';

/** A user as their access token would name them (undefined: the user is gone). */
export async function findActor(db: DbExecutor, userId: string): Promise<Actor | undefined> {
  const [row] = await db
    .select({
      userId: users.id,
      organizationId: organizations.id,
      organizationKind: organizations.kind,
      regionCode: organizations.regionCode,
      role: users.role,
      isAdmin: users.isAdmin,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, userId));
  return row as Actor | undefined;
}
