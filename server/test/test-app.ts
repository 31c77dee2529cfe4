import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { buildApp, type App } from '../src/app';
import { parseEnv, type Env } from '../src/config/env';
import { createDatabase, type Database } from '../src/db/client';
import { resolveJwtSecret } from '../src/modules/auth/server-secret';
import { createRedis } from '../src/queue/connections';
import { cloneDatabase, databaseUrl, dropDatabase, uniqueName } from './test-database';

export type TestContext = {
  app: App;
  database: Database;
  /** JWT_SECRET is the secret the app signs with (the database's own when a test unsets it). */
  env: Env & { JWT_SECRET: string };
  databaseName: string;
  close: () => Promise<void>;
};
const silent = { error: () => undefined, warn: () => undefined };
/** Tests pass their own secret, as production should; a test that sets JWT_SECRET to '' gets none. */
const TEST_JWT_SECRET = 'zamena-tests-only-secret-0123456789abcdef';

/** A real app on its own copy of the template database; Redis keys live under a unique prefix. */
export async function createTestApp(
  overrides: Record<string, string> | ((databaseName: string) => Record<string, string>) = {},
): Promise<TestContext> {
  const databaseName = await cloneDatabase(inject('templateDatabase'));
  const prefix = uniqueName('t').replace(/_/g, '-');
  const parsed = parseEnv({
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: databaseUrl(databaseName),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: prefix,
    WEB_DIST_DIR: '/nonexistent',
    // Attachments of test apps go to a scratch directory, never the repository's data folder.
    ATTACHMENTS_DIR: path.join(os.tmpdir(), 'zamena-test-attachments'),
    ...(typeof overrides === 'function' ? overrides(databaseName) : overrides),
  });
  const database = createDatabase(parsed.DATABASE_URL, silent, 5);
  const env = { ...parsed, JWT_SECRET: await resolveJwtSecret(parsed, database.db) };
  const redis = createRedis(env.REDIS_URL, 'producer', silent);
  const app = await buildApp({ env: parsed, database, redis });
  await app.ready();
  return {
    app,
    database,
    env,
    databaseName,
    close: async () => {
      await app.close();
      await database.close();
      redis.disconnect();
      await dropDatabase(databaseName);
    },
  };
}
