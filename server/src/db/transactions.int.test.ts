import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const checkedOut = () => ctx.database.pool.totalCount - ctx.database.pool.idleCount;

// A BEGIN that fails on a dead connection: postgres-outage.int.test.ts (no client is lost).
describe('db.transaction', () => {
  it('keeps the transaction options it is given', async () => {
    const readOnly = await ctx.database.db.transaction(
      async (tx) => (await tx.execute(sql`SHOW transaction_read_only`)).rows[0],
      { accessMode: 'read only' },
    );
    expect(readOnly).toEqual({ transaction_read_only: 'on' });
  });

  it('rolls back and gives the connection back when the work fails', async () => {
    await expect(
      ctx.database.db.transaction(async (tx) => {
        await tx.execute(sql`CREATE TABLE rolled_back_probe (id int)`);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(checkedOut()).toBe(0);
    const exists = await ctx.database.pool.query(`SELECT to_regclass('rolled_back_probe') AS name`);
    expect(exists.rows[0].name).toBeNull();
  });
});
