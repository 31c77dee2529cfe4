// Entry: the HTTP API (DESIGN.md §1).
import { buildApp } from './app';
import { loadEnvOrExit } from './config/env';
import { createDatabase } from './db/client';
import { createLogger } from './lib/logger';
import { exitUnlessServicesReachable } from './lib/service-check';
import { createRedis } from './queue/connections';

const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL, 'api');
await exitUnlessServicesReachable(env.DATABASE_URL, env.REDIS_URL);

const database = createDatabase(env.DATABASE_URL, log);
const redis = createRedis(env.REDIS_URL, 'producer', log);
const app = await buildApp({ env, database, redis, logger: log });
app.addHook('onClose', async () => {
  await database.close();
  redis.disconnect();
});

if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
  const admin = await app.services.auth.ensureAdmin(env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
  if (admin) log.info({ email: admin.email }, 'created the platform administrator');
}

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => {
        clearTimeout(force);
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
}

await app.listen({ host: env.HOST, port: env.PORT });
log.info(`Zamena is listening on ${env.PUBLIC_URL} (API under /api/v1, docs at /api/docs)`);
