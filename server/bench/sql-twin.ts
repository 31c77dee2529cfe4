import type { FastifyInstance } from 'fastify';
import pg from 'pg';

/**
 * Bare twins of API routes: the statements one of our requests sent to PostgreSQL, recorded once, then
 * replayed by a bare Fastify route on raw pg (no auth, no zod, no drizzle, no mapping). A route's
 * req/s over its twin's is what our stack costs on top of its SQL, whatever the machine.
 */

/** One statement as pg sent it: its name when it was a named prepared statement, its text and values. */
export type CapturedStatement = { name?: string; text: string; values: unknown[] };

type QueryConfig = { name?: string; text: string; values?: unknown[] };
type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * Every statement the process's pg clients send while `work` runs, in order. pg has no query hook, so
 * Client.prototype.query (its public entry, which pools and drizzle call) is wrapped for that time only:
 * run it with nothing else in flight.
 */
export async function captureStatements(work: () => Promise<unknown>): Promise<CapturedStatement[]> {
  const statements: CapturedStatement[] = [];
  const prototype = pg.Client.prototype as unknown as { query: Query };
  const original = prototype.query;
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args;
    if (typeof config === 'string') {
      statements.push({ text: config, values: Array.isArray(values) ? values : [] });
    } else if (config && typeof config === 'object' && 'text' in config) {
      const { name, text, values: own } = config as QueryConfig;
      statements.push({ name, text, values: Array.isArray(values) ? values : (own ?? []) });
    }
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return statements;
}

/**
 * `GET /twin/:index` replays the statements registered under that index: one on the pool, several
 * (a transaction, or a page and its hydration) in order on one connection. It answers the last SELECT's
 * rows as pg returns them. Named statements keep their names, so the twin parses and plans them once per
 * connection as our route does.
 */
export function registerTwinRoute(app: FastifyInstance, pool: pg.Pool) {
  const twins: CapturedStatement[][] = [];
  const config = ({ name, text, values }: CapturedStatement) => ({ name, text, values });
  app.get<{ Params: { index: string } }>('/twin/:index', async (request, reply) => {
    const statements = twins[Number(request.params.index)];
    if (!statements) return reply.status(404).send({ error: 'no such twin' });
    if (statements.length === 1) return { items: (await pool.query(config(statements[0]!))).rows };
    const client = await pool.connect();
    try {
      let rows: unknown[] = [];
      for (const statement of statements) {
        const result = await client.query(config(statement));
        if (result.command === 'SELECT') rows = result.rows;
      }
      return { items: rows };
    } finally {
      client.release();
    }
  });
  /** Registers a twin; its path on the baseline app. */
  return (statements: CapturedStatement[]) => `/twin/${twins.push(statements) - 1}`;
}
