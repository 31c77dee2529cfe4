import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import * as schema from './schema';
import { WORD_SIMILARITY_THRESHOLD } from './search-sql';
import { createTransactions, type TransactionConfig, type Tx } from './transactions';

export type { Tx } from './transactions';
export type Db = Omit<NodePgDatabase<typeof schema>, 'transaction'> & {
  /** The pool, for statements run on it directly (row-mapped-statement.ts). */
  $client: pg.Pool | pg.PoolClient;
  transaction<T>(work: (tx: Tx) => Promise<T>, config?: TransactionConfig): Promise<T>;
};
/**
 * What repositories and services are given: the database, or a transaction (or a savepoint in one),
 * which carries its connection as `$client` too, so a service built on it runs wholly inside it.
 */
export type DbExecutor = Db | Tx;

// numeric and bigint come back as strings (never floats); timestamps as Date.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

/**
 * JIT off: it is for long analytical scans; on the exchange's page-sized queries compiling costs more
 * than it saves (20 ms on a needs page whose plan was estimated costly). Generic plans for named
 * prepared statements (the search hot paths, written to plan well without their values): otherwise
 * PostgreSQL keeps re-planning them per execution. Unnamed statements are planned per execution anyway.
 * No parallel workers: requests already run side by side, and a parallel plan's workers each redo its
 * hashed subplans (the analytics summary over 100,000 needs took 240 ms with two workers, 120 ms
 * without, on two cores). The trigram threshold of `%>` (search-sql.ts): a session setting of
 * pg_trgm, which PostgreSQL keeps from connection start until the extension loads and then applies.
 */
const SESSION_OPTIONS = [
  '-c jit=off -c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0',
  `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}`,
].join(' ');

export type Database = { pool: pg.Pool; db: Db; close: () => Promise<void> };

export function createDatabase(url: string, log: Pick<Logger, 'error'>, max = 10): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5000,
    options: SESSION_OPTIONS,
  });
  // Without these listeners a PostgreSQL restart kills the process (idle and checked-out clients alike).
  pool.on('error', (error) => log.error({ err: error }, 'idle PostgreSQL client failed'));
  pool.on('connect', (client) =>
    client.on('error', (error) => log.error({ err: error }, 'PostgreSQL client failed')),
  );
  // Every `db.transaction` releases its connection even when BEGIN fails (see transactions.ts).
  const inTransaction = createTransactions(pool);
  const db: Db = Object.assign(drizzle({ client: pool, schema }), {
    transaction: <T>(work: (tx: Tx) => Promise<T>, config?: TransactionConfig) => inTransaction(work, config),
  });
  return { pool, db, close: () => pool.end() };
}
