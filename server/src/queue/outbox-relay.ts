import type { Logger } from 'pino';
import type pg from 'pg';
import type { Queues, QueueName } from './queues';

type OutboxRow = {
  id: string;
  queue: QueueName;
  job_name: string;
  payload: Record<string, unknown>;
  job_id: string;
};

const BATCH = 200;

/**
 * Moves outbox rows into BullMQ. Rows are locked (SKIP LOCKED, so several relays can run) and marked
 * sent by one statement, then enqueued, and the transaction commits only after BullMQ took them. If
 * Redis is down the transaction rolls back and the rows wait; if the process dies after enqueueing,
 * the deterministic job id makes the next enqueue a no-op.
 */
export async function relayOutboxBatch(pool: pg.Pool, queues: Queues): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<OutboxRow>({
      name: 'outbox-take-v1',
      text: `WITH taken AS (
          UPDATE outbox o SET sent_at = now(), attempts = o.attempts + 1
          FROM (SELECT id FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) due
          WHERE o.id = due.id
          RETURNING o.id, o.queue, coalesce(o.job_name, o.topic) AS job_name, o.payload, o.job_id
        )
        SELECT * FROM taken ORDER BY id`,
      values: [BATCH],
    });
    if (rows.length === 0) {
      await client.query('COMMIT');
      return 0;
    }
    const byQueue = new Map<QueueName, OutboxRow[]>();
    for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
    for (const [name, queued] of byQueue) {
      const queue = queues[name];
      if (!queue) throw new Error(`outbox row names unknown queue ${name}`);
      await queue.addBulk(
        queued.map((row) => ({ name: row.job_name, data: row.payload, opts: { jobId: row.job_id } })),
      );
    }
    await client.query('COMMIT');
    return rows.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export type OutboxRelay = { stop: () => Promise<void>; kick: () => void };

/** Runs the relay on LISTEN/NOTIFY wake-ups and a polling fallback; backs off while Redis is down. */
export function startOutboxRelay(options: {
  pool: pg.Pool;
  queues: Queues;
  log: Logger;
  pollMs: number;
}): OutboxRelay {
  const { pool, queues, log, pollMs } = options;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let listener: pg.PoolClient | null = null;

  const run = async () => {
    do {
      again = false;
      try {
        while (!stopped && (await relayOutboxBatch(pool, queues)) === BATCH);
        if (failures > 0) log.info('outbox relay recovered');
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1) log.warn({ err: error }, 'outbox relay failed; rows wait in the outbox');
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** failures, 5000)));
        again = !stopped;
      }
    } while (again && !stopped);
  };

  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
    });
  };

  const listen = async () => {
    try {
      listener = await pool.connect();
      listener.on('error', () => {
        listener = null;
        if (!stopped) setTimeout(() => void listen(), 1000);
      });
      listener.on('notification', kick);
      await listener.query('LISTEN outbox');
    } catch (error) {
      log.warn({ err: error }, 'outbox LISTEN failed; polling only');
      listener?.release(true);
      listener = null;
      if (!stopped) setTimeout(() => void listen(), 2000);
    }
  };

  void listen();
  const timer = setInterval(kick, pollMs);
  kick();

  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      listener?.release(true);
      listener = null;
    },
  };
}
