import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, needBody, register, type Registered } from '../../../test/fixtures';
import {
  postCapability,
  startInProcessWorker,
  waitFor,
  type RunningWorker,
} from '../../../test/matching-fixtures';
import { startTcpProxy } from '../../../test/tcp-proxy';
import { createTestApp, type TestContext } from '../../../test/test-app';

const NEEDS = 20;

let ctx: TestContext;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let worker: RunningWorker;
let buyer: Registered;
let maker: Registered;

const count = async (query: string) => Number((await ctx.database.pool.query(query)).rows[0].count);

beforeAll(async () => {
  // API and worker reach Redis through a proxy this test can cut, not the shared Redis itself.
  proxy = await startTcpProxy(6379);
  const redisUrl = `redis://127.0.0.1:${proxy.port()}`;
  ctx = await createTestApp({ REDIS_URL: redisUrl });
  worker = await startInProcessWorker(ctx.database, {
    redisUrl,
    prefix: ctx.env.QUEUE_PREFIX,
    secret: ctx.env.JWT_SECRET,
  });
  buyer = await register(ctx.app, { regionCode: '62' });
  maker = await register(ctx.app, { regionCode: '66' });
  await postCapability(ctx.app, maker.token);
  await waitFor(
    'the capability run',
    async () => (await worker.queues.matching.getJobCounts()).completed === 1,
  );
});
afterAll(async () => {
  await proxy.open();
  await worker.stop();
  await ctx.close();
  await proxy.close();
});

describe('Redis outage (fault test)', () => {
  it('loses nothing published while Redis is unreachable', { timeout: 120_000 }, async () => {
    await proxy.close();
    const ids: string[] = [];
    for (let i = 0; i < NEEDS; i++) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/needs',
        headers: bearer(buyer.token),
        payload: needBody({ title: `Подшипник роликовый ${i}`, publish: true }),
      });
      // The need and its outbox row commit in PostgreSQL; Redis is not on the request's path.
      expect(response.statusCode, response.body).toBe(201);
      ids.push(response.json().id);
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await count('SELECT count(*) FROM matches')).toBe(0);
    expect(await count('SELECT count(*) FROM outbox WHERE sent_at IS NULL')).toBe(NEEDS);

    await proxy.open();
    await waitFor(
      'every need matched',
      async () => (await count('SELECT count(DISTINCT need_id) FROM matches')) === NEEDS,
      90_000,
    );
    await waitFor(
      'every notification delivered',
      // One delivery job per matching transaction (runs waiting together are matched in one).
      async () =>
        (await worker.queues.notifications.getJobCounts()).completed ===
        (await count(`SELECT count(*) FROM outbox WHERE job_name = 'deliver-notifications'`)),
      60_000,
    );
    const notifications = await ctx.database.pool.query(
      `SELECT kind, count(*)::int AS total, count(DISTINCT payload->>'needId')::int AS needs
       FROM notifications GROUP BY kind ORDER BY kind`,
    );
    expect(notifications.rows).toEqual([
      { kind: 'capability.need_fits', total: NEEDS, needs: NEEDS },
      { kind: 'need.matched', total: NEEDS, needs: NEEDS },
    ]);
    const matched = await ctx.database.pool.query('SELECT DISTINCT need_id FROM matches');
    expect(matched.rows.map((row) => row.need_id).sort()).toEqual([...ids].sort());
    expect(await count('SELECT count(*) FROM outbox WHERE sent_at IS NULL')).toBe(0);
  });
});
