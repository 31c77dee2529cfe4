import { inject } from 'vitest';
import { buildApp, type App } from '../src/app';
import { parseEnv, type Env } from '../src/config/env';
import { createDatabase, type Database } from '../src/db/client';
import { createRedis } from '../src/queue/connections';
import { cloneDatabase, databaseUrl, dropDatabase, uniqueName } from './test-database';

export type TestContext = {
  app: App;
  database: Database;
  env: Env;
  databaseName: string;
  close: () => Promise<void>;
};
const silent = { error: () => undefined, warn: () => undefined };

/** A real app on its own copy of the template database; Redis keys live under a unique prefix. */
export async function createTestApp(
  overrides: Record<string, string> | ((databaseName: string) => Record<string, string>) = {},
): Promise<TestContext> {
  const databaseName = await cloneDatabase(inject('templateDatabase'));
  const prefix = uniqueName('t').replace(/_/g, '-');
  const env = parseEnv({
    DATABASE_URL: databaseUrl(databaseName),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: prefix,
    WEB_DIST_DIR: '/nonexistent',
    ...(typeof overrides === 'function' ? overrides(databaseName) : overrides),
  });
  const database = createDatabase(env.DATABASE_URL, silent, 5);
  const redis = createRedis(env.REDIS_URL, 'producer', silent);
  const app = await buildApp({ env, database, redis });
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
