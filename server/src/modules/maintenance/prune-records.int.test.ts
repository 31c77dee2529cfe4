import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { pruneRecords } from './prune-records';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const NOW = new Date('2030-06-01T03:20:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
const query = (text: string, values: unknown[] = []) => ctx.database.pool.query(text, values);

describe('prune-records', () => {
  it('removes week-old idempotency keys and month-old finished rebuilds, and nothing else', async () => {
    const user = await register(ctx.app);
    for (const [key, age] of [
      ['old-key', 8],
      ['fresh-key', 6],
    ] as const) {
      await query(
        `INSERT INTO idempotency_keys (user_id, key, scope, response_status, response_body, created_at)
         VALUES ($1, $2, 'POST /bids/x/accept', 201, '{}', $3)`,
        [user.userId, key, daysAgo(age)],
      );
    }
    for (const [status, age] of [
      ['succeeded', 31],
      ['failed', 40],
      ['running', 40],
      ['queued', 35],
      ['succeeded', 29],
    ] as const) {
      await query(`INSERT INTO lot_rebuilds (trigger, status, created_at) VALUES ('scheduled', $1, $2)`, [
        status,
        daysAgo(age),
      ]);
    }

    expect(await pruneRecords(ctx.database.db, NOW)).toEqual({ idempotencyKeys: 1, lotRebuilds: 2 });
    const keys = await query('SELECT key FROM idempotency_keys WHERE user_id = $1', [user.userId]);
    expect(keys.rows.map((row) => row.key)).toEqual(['fresh-key']);
    const rebuilds = await query('SELECT status FROM lot_rebuilds ORDER BY status');
    expect(rebuilds.rows.map((row) => row.status)).toEqual(['queued', 'running', 'succeeded']);
    expect(await pruneRecords(ctx.database.db, NOW)).toEqual({ idempotencyKeys: 0, lotRebuilds: 0 });
  });
});
