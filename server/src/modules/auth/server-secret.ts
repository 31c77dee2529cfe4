import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Env } from '../../config/env';
import type { DbExecutor } from '../../db/client';
import { serverSecrets } from '../../db/schema';

/**
 * The secret called `name`, made on first use and kept in the database. Race-safe: processes starting
 * together (the API and the worker) each try to insert their own random value, the first commit wins
 * and everyone reads that one.
 */
export async function serverSecret(db: DbExecutor, name: string): Promise<string> {
  await db
    .insert(serverSecrets)
    .values({ name, value: randomBytes(48).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: serverSecrets.value })
    .from(serverSecrets)
    .where(eq(serverSecrets.name, name));
  return row!.value;
}

/**
 * JWT_SECRET when set, else the database's own (never a default known to the public): access tokens
 * and the worker's signed feedback links need the same one in every process.
 */
export const resolveJwtSecret = (env: Pick<Env, 'JWT_SECRET'>, db: DbExecutor): Promise<string> =>
  env.JWT_SECRET ? Promise.resolve(env.JWT_SECRET) : serverSecret(db, 'jwt');
