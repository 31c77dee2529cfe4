import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRedis } from './connections';
import { defineJob } from './define-job';
import { addToOutbox } from './outbox';
import { relayOutboxBatch } from './outbox-relay';
import { closeQueues, createQueues, type Queues } from './queues';
import { createTestApp, type TestContext } from '../../test/test-app';
import { startTcpProxy } from '../../test/tcp-proxy';

const probeJob = defineJob({ name: 'probe', queue: 'maintenance', payload: z.object({ id: z.string() }) });
const silent = { warn: () => undefined };

let ctx: TestContext;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let queues: Queues;

beforeAll(async () => {
  ctx = await createTestApp();
  proxy = await startTcpProxy(6379);
  queues = createQueues(
    createRedis(`redis://127.0.0.1:${proxy.port()}`, 'producer', silent),
    ctx.env.QUEUE_PREFIX,
  );
  await queues.maintenance.waitUntilReady();
});
afterAll(async () => {
  await proxy.open();
  await Promise.all(Object.values(queues).map((queue) => queue.obliterate({ force: true })));
  await closeQueues(queues);
  await proxy.close();
  await ctx.close();
});

const unsent = async () =>
  Number((await ctx.database.pool.query('SELECT count(*) FROM outbox WHERE sent_at IS NULL')).rows[0].count);

describe('outbox relay', () => {
  it('enqueues outbox rows under their deterministic ids exactly once', async () => {
    await addToOutbox(ctx.database.db, probeJob, { id: 'a' }, 'probe-a-v1');
    await addToOutbox(ctx.database.db, probeJob, { id: 'a' }, 'probe-a-v1');
    await addToOutbox(ctx.database.db, probeJob, { id: 'b' }, 'probe-b-v1');
    expect(await relayOutboxBatch(ctx.database.pool, queues)).toBe(3);
    expect(await unsent()).toBe(0);
    const jobs = await queues.maintenance.getJobs(['waiting']);
    expect(jobs.map((job) => job.id).sort()).toEqual(['probe-a-v1', 'probe-b-v1']);
    expect((await queues.maintenance.getJob('probe-b-v1'))?.data).toEqual({ id: 'b' });
  });

  it('keeps rows in the outbox while Redis is unreachable and relays them afterwards', async () => {
    await proxy.close();
    await addToOutbox(ctx.database.db, probeJob, { id: 'c' }, 'probe-c-v1');
    await expect(relayOutboxBatch(ctx.database.pool, queues)).rejects.toThrow();
    expect(await unsent()).toBe(1);
    await proxy.open();
    await queues.maintenance.waitUntilReady();
    let relayed = 0;
    for (let i = 0; i < 20 && relayed === 0; i++) {
      relayed = await relayOutboxBatch(ctx.database.pool, queues).catch(() => 0);
      if (relayed === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(relayed).toBe(1);
    expect(await queues.maintenance.getJob('probe-c-v1')).toBeDefined();
  });

  it('refuses job ids with a colon (BullMQ reserves it)', async () => {
    await expect(addToOutbox(ctx.database.db, probeJob, { id: 'd' }, 'probe:d')).rejects.toThrow(
      /must not contain/,
    );
  });

  it('wakes listeners when a transaction writing outbox rows commits, not before and not for nothing', async () => {
    const listener = await ctx.database.pool.connect();
    const wakeUps: string[] = [];
    listener.on('notification', (message) => wakeUps.push(message.channel));
    await listener.query('LISTEN outbox');
    const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
    try {
      await ctx.database.db.transaction(async (tx) => {
        await addToOutbox(tx, probeJob, { id: 'e' }, 'probe-e-v1');
        await addToOutbox(tx, probeJob, { id: 'f' }, 'probe-f-v1');
        await settle();
        expect(wakeUps).toEqual([]);
      });
      await settle();
      expect(wakeUps).toEqual(['outbox']);
      await ctx.database.pool.query(
        "INSERT INTO outbox (queue, topic, job_name, payload, job_id) SELECT 'maintenance', 'probe', 'probe', '{}', 'x' WHERE false",
      );
      await settle();
      expect(wakeUps).toEqual(['outbox']);
    } finally {
      await listener.query('UNLISTEN outbox');
      listener.release();
    }
  });
});
