import { createNeedSchema } from '@zamena/shared/needs/needs.schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needBody, register, type Registered } from '../../../test/fixtures';
import { postCapability, spawnWorker, waitFor, type WorkerProcess } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import type { Actor } from '../../lib/actor';
import { createRedis } from '../../queue/connections';
import { closeQueues, createQueues, type Queues } from '../../queue/queues';

const NEEDS = 500;
const MAKERS = 5;

let ctx: TestContext;
let buyer: Registered;
let workerEnv: Record<string, string>;
let queues: Queues;
let producer: ReturnType<typeof createRedis>;
const running: WorkerProcess[] = [];

const count = async (query: string) => Number((await ctx.database.pool.query(query)).rows[0].count);
const matchedNeeds = () => count('SELECT count(DISTINCT need_id) AS count FROM matches');

beforeAll(async () => {
  ctx = await createTestApp();
  workerEnv = {
    DATABASE_URL: ctx.env.DATABASE_URL,
    REDIS_URL: ctx.env.REDIS_URL,
    QUEUE_PREFIX: ctx.env.QUEUE_PREFIX,
    WORKER_CONCURRENCY: '8',
    OUTBOX_POLL_MS: '200',
  };
  producer = createRedis(ctx.env.REDIS_URL, 'producer', { warn: () => undefined });
  queues = createQueues(producer, ctx.env.QUEUE_PREFIX);
  buyer = await register(ctx.app, { regionCode: '62' });
  for (let i = 0; i < MAKERS; i++) {
    const maker = await register(ctx.app, { regionCode: ['66', '77', '50', '52', '16'][i] });
    await postCapability(ctx.app, maker.token);
  }
});
afterAll(async () => {
  for (const worker of running) worker.child.kill('SIGKILL');
  await Promise.all(Object.values(queues).map((queue) => queue.obliterate({ force: true })));
  await closeQueues(queues);
  producer.disconnect();
  await ctx.close();
});

describe('worker crash (fault test)', () => {
  it(
    'finishes every need after a SIGKILL mid-batch, with no duplicate notification',
    { timeout: 240_000 },
    async () => {
      // One job at a time, so the kill lands while most of the batch is still queued.
      const first = spawnWorker({ ...workerEnv, WORKER_CONCURRENCY: '1', MATCHING_CONCURRENCY: '1' });
      running.push(first);
      const unsent = () => count('SELECT count(*) FROM outbox WHERE sent_at IS NULL');
      // The capabilities' own (reverse) runs first: otherwise each would match the whole batch at once.
      await waitFor(
        'the capability runs',
        async () => (await queues.matching.getJobCounts()).completed === MAKERS,
        60_000,
      ).catch((error) => {
        throw new Error(`${(error as Error).message}\n${first.output()}`);
      });
      const actor: Actor = {
        userId: buyer.userId,
        organizationId: buyer.organizationId,
        organizationKind: 'enterprise',
        regionCode: '62',
        role: 'owner',
        isAdmin: false,
      };
      // Published at once (one transaction with its outbox rows), as an import would.
      const inputs = Array.from({ length: NEEDS }, (_, i) =>
        createNeedSchema.parse(needBody({ title: `Подшипник роликовый ${i}`, publish: true })),
      );
      await ctx.app.services.needs.createMany(inputs, actor);
      await waitFor('the first matches', async () => (await matchedNeeds()) >= 20, 60_000, 5);
      first.child.kill('SIGKILL');
      await first.exited;
      const atKill = await matchedNeeds();
      // The kill must land in the middle of the batch for the test to mean anything.
      expect(atKill).toBeLessThan(NEEDS);

      const second = spawnWorker(workerEnv);
      running.push(second);
      await waitFor('every need matched', async () => (await matchedNeeds()) === NEEDS, 120_000);
      await waitFor(
        'every notification written',
        async () => (await count('SELECT count(*) FROM notifications')) >= NEEDS * (1 + MAKERS),
        60_000,
      );
      expect(await count("SELECT count(*) FROM matches WHERE status = 'proposed'")).toBe(NEEDS * MAKERS);
      // One notification per party per need: the buyer one "N suppliers found", each maker one "need fits".
      const perParty = await ctx.database.pool.query(
        `SELECT kind, count(*)::int AS total, count(DISTINCT (user_id, payload->>'needId'))::int AS distinct_pairs
       FROM notifications GROUP BY kind ORDER BY kind`,
      );
      expect(perParty.rows).toEqual([
        { kind: 'capability.need_fits', total: NEEDS * MAKERS, distinct_pairs: NEEDS * MAKERS },
        { kind: 'need.matched', total: NEEDS, distinct_pairs: NEEDS },
      ]);
      await waitFor('the outbox drained', async () => (await unsent()) === 0);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    },
  );
});
