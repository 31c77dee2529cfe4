// Entry: creates the database if missing and applies migrations/*.sql (DESIGN.md §1, "migrate").
import { loadEnvOrExit } from '../config/env';
import { createLogger } from '../lib/logger';
import { exitUnlessServicesReachable } from '../lib/service-check';
import { createDatabase } from './client';
import { ensureDatabase } from './ensure-database';
import { runMigrations } from './run-migrations';

const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL, 'migrate');
await exitUnlessServicesReachable(env.DATABASE_URL, env.REDIS_URL);
if (await ensureDatabase(env.DATABASE_URL)) log.info('created the database');
const database = createDatabase(env.DATABASE_URL, log, 1);
await runMigrations(database.pool);
log.info('migrations applied');
await database.close();
