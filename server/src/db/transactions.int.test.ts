import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../test/fixtures';
import { createTestApp, type TestContext } from '../../test/test-app';
import type { DbExecutor } from './client';
import { rowMappedSelection } from './row-mapped-statement';
import { needs } from './schema';

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

/** A row-mapped statement that writes: renames a need and answers its id and new title. */
const rename = rowMappedSelection<{ id: string; title: string }>({ id: needs.id, title: needs.title });
const renameOn = (executor: DbExecutor) =>
  rename.statement(
    executor,
    sql`UPDATE ${needs} SET title = ${sql.placeholder('title')} WHERE ${needs.id} = ${sql.placeholder('id')}
      RETURNING ${rename.selectList}`,
    'transactions_test_rename',
  );

describe('statements run on a transaction’s connection', () => {
  const titleOf = async (executor: DbExecutor, id: string) =>
    (await executor.select({ title: needs.title }).from(needs).where(eq(needs.id, id)))[0]?.title;

  it('run inside it: the pool does not see them, and a rollback undoes them', async () => {
    const buyer = await register(ctx.app);
    const need = await postNeed(ctx.app, buyer.token, { title: 'Подшипник до' });
    await expect(
      ctx.database.db.transaction(async (tx) => {
        expect(await renameOn(tx)({ id: need.id, title: 'Подшипник в транзакции' })).toEqual([
          { id: need.id, title: 'Подшипник в транзакции' },
        ]);
        expect(await titleOf(tx, need.id)).toBe('Подшипник в транзакции');
        expect(await titleOf(ctx.database.db, need.id)).toBe('Подшипник до');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await titleOf(ctx.database.db, need.id)).toBe('Подшипник до');
    expect(checkedOut()).toBe(0);
  });

  it('run inside a savepoint: its rollback undoes them and keeps the transaction’s own work', async () => {
    const buyer = await register(ctx.app);
    const need = await postNeed(ctx.app, buyer.token, { title: 'Подшипник до' });
    await ctx.database.db.transaction(async (tx) => {
      await renameOn(tx)({ id: need.id, title: 'Подшипник снаружи' });
      await expect(
        tx.transaction(async (savepoint) => {
          expect(savepoint.$client).toBe(tx.$client);
          await renameOn(savepoint)({ id: need.id, title: 'Подшипник в точке сохранения' });
          expect(await titleOf(tx, need.id)).toBe('Подшипник в точке сохранения');
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await titleOf(tx, need.id)).toBe('Подшипник снаружи');
    });
    expect(await titleOf(ctx.database.db, need.id)).toBe('Подшипник снаружи');
  });
});
