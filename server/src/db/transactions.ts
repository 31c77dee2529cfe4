import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from './schema';
import { isDatabaseUnavailable } from './unavailable';

type ClientDb = NodePgDatabase<typeof schema> & { $client: pg.PoolClient };
type ClientTx = Parameters<Parameters<ClientDb['transaction']>[0]>[0];
type TransactionConfig = Parameters<ClientDb['transaction']>[1];

/**
 * Transactions on a pooled connection that is given back in every case. drizzle-orm 0.45's pooled
 * `transaction()` runs BEGIN before its try/finally, so a BEGIN that fails (the connection died while
 * idle: a PostgreSQL restart) never releases the client; a few of those exhaust the pool and every
 * later request waits forever (drizzle-orm#6023 and #6241, open). Here the client is checked out
 * first, drizzle runs the transaction on that one client, and the client is released whatever
 * happens, destroyed when its connection failed. The raw client is handed out too: matching runs its
 * candidate query as a named prepared statement, which drizzle cannot name.
 */
export function createTransactions(pool: pg.Pool) {
  // One drizzle instance per pooled connection, built once: building it with the schema costs ~0.5 ms.
  const executors = new WeakMap<pg.PoolClient, ClientDb>();
  return async function inTransaction<T>(
    work: (tx: ClientTx, client: pg.PoolClient) => Promise<T>,
    config?: TransactionConfig,
  ): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      let db = executors.get(client);
      if (!db) {
        db = drizzle({ client, schema });
        executors.set(client, db);
      }
      return await db.transaction((tx) => work(tx, client), config);
    } catch (error) {
      if (isDatabaseUnavailable(error)) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  };
}
export type InTransaction = ReturnType<typeof createTransactions>;
