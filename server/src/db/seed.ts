// Entry: loads reference data (regions, OKPD2) when its files changed; a no-op on an up-to-date database.
import { loadEnvOrExit } from '../config/env';
import { createLogger } from '../lib/logger';
import { createDatabase } from './client';
import { seedReferenceData } from './reference-data';

const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL, 'seed');
const database = createDatabase(env.DATABASE_URL, log, 2);
for (const { name, rows, loaded } of await seedReferenceData(database.db)) {
  log.info({ rows }, loaded ? `loaded ${name}` : `${name} is up to date`);
}
await database.close();
