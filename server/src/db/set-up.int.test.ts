import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { databaseUrl, dropDatabase, uniqueName } from '../../test/test-database';
import { createDatabase } from './client';
import { ensureDatabase } from './ensure-database';
import { seedReferenceData } from './reference-data';
import { runMigrations } from './run-migrations';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('database set-up (what npm start runs)', () => {
  it('creates a missing database once, migrates it, and a second run changes nothing', async () => {
    const name = uniqueName('zamena_setup');
    try {
      expect(await ensureDatabase(databaseUrl(name))).toBe(true);
      expect(await ensureDatabase(databaseUrl(name))).toBe(false);
      const database = createDatabase(databaseUrl(name), { error: () => undefined }, 2);
      await runMigrations(database.pool);
      await runMigrations(database.pool);
      const { rows } = await database.pool.query(
        "SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'",
      );
      expect(rows).toHaveLength(1);
      await database.close();
    } finally {
      await dropDatabase(name);
    }
  });

  it('does not reload reference data whose files have not changed', async () => {
    const report = await seedReferenceData(ctx.database.db);
    expect(report).toEqual([
      { name: 'regions.csv', rows: 85, loaded: false },
      { name: 'okpd2.tsv', rows: 20328, loaded: false },
      { name: 'sites.tsv', rows: 22, loaded: false },
    ]);
  });
});
