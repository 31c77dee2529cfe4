import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase } from '../src/db/client';
import { seedReferenceData } from '../src/db/reference-data';
import { runMigrations } from '../src/db/run-migrations';

export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
const silent = { error: () => undefined };

export const databaseUrl = (name: string) => `${TEST_SERVER_URL}/${name}`;
export const uniqueName = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A migrated and seeded database that test files copy (CREATE DATABASE … TEMPLATE is fast). */
export async function createTemplateDatabase(): Promise<string> {
  const name = uniqueName('zamena_tpl');
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const database = createDatabase(databaseUrl(name), silent, 2);
  try {
    await runMigrations(database.pool);
    await seedReferenceData(database.db);
  } finally {
    await database.close();
  }
  return name;
}

export async function cloneDatabase(template: string): Promise<string> {
  const name = uniqueName('zamena_test');
  await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
