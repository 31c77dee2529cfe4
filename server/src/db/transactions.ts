import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db, DbExecutor } from '../../db/client';
import * as schema from '../../db/schema';

/**
 * A transaction on one pooled connection that hands out both a drizzle executor and the raw client:
 * matching runs its candidate query as a named prepared statement (planned once per connection; its
 * planning cost is several times its execution's), which drizzle cannot name.
 */
export function createClientTransactions(pool: pg.Pool) {
  const executors = new WeakMap<pg.PoolClient, Db>();
  return async function inTransaction<T>(
    work: (tx: DbExecutor, client: pg.PoolClient) => Promise<T>,
  ): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    try {
      let db = executors.get(client);
      if (!db) {
        db = drizzle({ client, schema });
        executors.set(client, db);
      }
      return await db.transaction((tx) => work(tx, client));
    } catch (error) {
      // A connection that failed mid-transaction is not trusted again.
      broken = !(error instanceof Error) || /connection|terminat/i.test(error.message);
      throw error;
    } finally {
      client.release(broken);
    }
  };
}
export type InTransaction = ReturnType<typeof createClientTransactions>;
