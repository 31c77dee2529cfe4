import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import type pg from 'pg';
import { registerTwinRoute } from './sql-twin';

/**
 * The yardsticks the API is measured against, in a separate minimal Fastify app (no plugins, no
 * auth, no schemas): a constant JSON answer, one primary-key select through a plain pg Pool, and the
 * bare twins of API routes (sql-twin.ts). `pool` should have the API's session options (client.ts), so
 * a twin's statements get the plans and settings they get in the API.
 */
export async function startBaselineApp(pool: pg.Pool) {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  app.get<{ Params: { id: string } }>('/needs/:id', async (request, reply) => {
    const { rows } = await pool.query(
      `SELECT id, title, description, okpd2, tnved, quantity, unit, target_unit_price, needed_by,
              delivery_region_code, replaces, critical, status, version, buyer_organization_id, created_at
         FROM needs WHERE id = $1`,
      [request.params.id],
    );
    return rows[0] ?? reply.status(404).send({ error: 'not found' });
  });
  const addTwin = registerTwinRoute(app, pool);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, addTwin, close: () => app.close() };
}
