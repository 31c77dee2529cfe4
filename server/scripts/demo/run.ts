// Entry: `npm run demo` (and `DEMO=1 npm start`): loads the demo exchange, then prints one sign-in per role.
import { buildApp } from '../../src/app';
import { loadEnvOrExit } from '../../src/config/env';
import { createDatabase } from '../../src/db/client';
import { ensureDatabase } from '../../src/db/ensure-database';
import { seedReferenceData } from '../../src/db/reference-data';
import { runMigrations } from '../../src/db/run-migrations';
import { createLogger } from '../../src/lib/logger';
import { exitUnlessServicesReachable } from '../../src/lib/service-check';
import { createRedis } from '../../src/queue/connections';
import { DemoRefusal, loadDemo } from './load-demo';
import { signInLines } from './printout';

const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL, 'demo');
await exitUnlessServicesReachable(env.DATABASE_URL, env.REDIS_URL);
// The same idempotent steps as `npm start` before it, so `npm run demo` works on a fresh machine.
await ensureDatabase(env.DATABASE_URL);
const database = createDatabase(env.DATABASE_URL, log, 8);
await runMigrations(database.pool);
await seedReferenceData(database.db);
const redis = createRedis(env.REDIS_URL, 'producer', log);
// Hundreds of calls in a few seconds from one address: the exchange's rate limits (counted under
// the demo's own Redis keys) are not what the demo is about, and its requests are not worth a log line.
const app = await buildApp({
  env: { ...env, RATE_LIMIT_PER_MINUTE: 1_000_000, LOGIN_RATE_LIMIT_PER_MINUTE: 1_000 },
  database,
  redis,
  logger: createLogger('warn', 'demo-api'),
  redisNamespace: `${env.QUEUE_PREFIX}-demo`,
});

let exitCode = 0;
try {
  const outcome = await loadDemo({
    app,
    database,
    redisUrl: env.REDIS_URL,
    queuePrefix: env.QUEUE_PREFIX,
    log,
  });
  process.stdout.write(`${signInLines(env.PUBLIC_URL, outcome).join('\n')}\n`);
} catch (error) {
  if (!(error instanceof DemoRefusal)) throw error;
  console.error(error.message);
  exitCode = 1;
} finally {
  await app.close();
  await database.close();
  redis.disconnect();
}
process.exit(exitCode);
