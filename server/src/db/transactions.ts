import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from './schema';
import { isDatabaseUnavailable } from './unavailable';

type ClientDb = NodePgDatabase<typeof schema> & { $client: pg.PoolClient };
type DrizzleTx = Parameters<Parameters<ClientDb['transaction']>[0]>[0];
export type TransactionConfig = Parameters<ClientDb['transaction']>[1];

/**
 * A transaction, or a savepoint in one, with the connection it runs on: statements run on `$client`
 * directly (row-mapped-statement.ts) stay inside it, so a service built on a transaction runs wholly
 * in it. Its savepoints carry the same connection.
 */
export type Tx = Omit<DrizzleTx, 'transaction'> & {
  $client: pg.PoolClient;
  transaction<T>(work: (savepoint: Tx) => Promise<T>): Promise<T>;
};

/** drizzle's transaction, given its connection; its `transaction` (a savepoint) hands out the same. */
function onClient(tx: DrizzleTx, client: pg.PoolClient): Tx {
  const savepoint = tx.transaction.bind(tx);
  return Object.assign(tx, {
    $client: client,
    transaction: <T>(work: (nested: Tx) => Promise<T>) =>
      savepoint((nested) => work(onClient(nested, client))),
  });
}

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
    work: (tx: Tx, client: pg.PoolClient) => Promise<T>,
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
      return await db.transaction((tx) => work(onClient(tx, client), client), config);
    } catch (error) {
      if (isDatabaseUnavailable(error)) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  };
}
export type InTransaction = ReturnType<typeof createTransactions>;
