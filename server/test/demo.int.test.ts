import { ORDER_STATUSES } from '@zamena/shared/orders/orders.schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, SIGN_INS } from '../scripts/demo/data/organizations';
import { DemoRefusal } from '../scripts/demo/load-demo';
import { DEMO_LIMITS, dropDemoQueues, loadDemoInto } from './demo-fixtures';
import { register } from './fixtures';
import { createTestApp, type TestContext } from './test-app';

const TABLES = [
  'organizations',
  'users',
  'capabilities',
  'needs',
  'matches',
  'bids',
  'orders',
  'order_events',
  'lots',
  'lot_bids',
  'notifications',
  'audit_events',
  'outbox',
];

async function count(ctx: TestContext, sql: string): Promise<number> {
  const { rows } = await ctx.database.pool.query<{ count: string }>(sql);
  return Number(rows[0]?.count);
}

const snapshot = async (ctx: TestContext) =>
  Object.fromEntries(
    await Promise.all(
      TABLES.map(async (table) => [table, await count(ctx, `SELECT count(*) FROM ${table}`)]),
    ),
  );

describe('the demo exchange', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp(DEMO_LIMITS);
  });
  afterAll(async () => {
    await dropDemoQueues(ctx);
    await ctx.close();
  });

  it('fills an empty exchange through the API, beside an administrator created at start', async () => {
    // ADMIN_EMAIL's administrator belongs to the platform operator, which is no one's data.
    await ctx.app.services.auth.ensureAdmin('ops@zamena.test', 'operator password 1');

    expect(await loadDemoInto(ctx)).toBe('loaded');

    expect(await count(ctx, "SELECT count(*) FROM needs WHERE status <> 'draft'")).toBeGreaterThanOrEqual(25);
    expect(await count(ctx, 'SELECT count(DISTINCT delivery_region_code) FROM needs')).toBeGreaterThanOrEqual(
      8,
    );
    expect(await count(ctx, 'SELECT count(*) FROM matches WHERE notified')).toBeGreaterThanOrEqual(10);
    expect(await count(ctx, "SELECT count(*) FROM matches WHERE status = 'approved'")).toBe(2);
    const { rows: statuses } = await ctx.database.pool.query<{ status: string }>(
      'SELECT DISTINCT status FROM orders',
    );
    expect(statuses.map((row) => row.status).sort()).toEqual([...ORDER_STATUSES].sort());
    expect(await count(ctx, "SELECT count(*) FROM bids WHERE status = 'submitted'")).toBeGreaterThanOrEqual(
      5,
    );
    expect(await count(ctx, "SELECT count(*) FROM lots WHERE status = 'published'")).toBe(2);
    expect(await count(ctx, 'SELECT count(*) FROM lot_bids')).toBe(3);
    expect(await count(ctx, 'SELECT count(*) FROM organizations WHERE verified')).toBeGreaterThanOrEqual(20);
  }, 180_000);

  it('signs in with every printed account', async () => {
    for (const { email } of SIGN_INS) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      expect(response.statusCode, email).toBe(200);
    }
  });

  it('recognises the demo on a second run and changes nothing', async () => {
    const before = await snapshot(ctx);
    expect(await loadDemoInto(ctx)).toBe('present');
    expect(await snapshot(ctx)).toEqual(before);
  }, 60_000);

  it('still recognises the demo once people have added their own organizations to it', async () => {
    await register(ctx.app, { name: 'ООО «Новый участник биржи»' });
    expect(await loadDemoInto(ctx)).toBe('present');
  });
});

describe('a database with other data', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp(DEMO_LIMITS);
  });
  afterAll(() => ctx.close());

  it('is refused with one line, and nothing is written', async () => {
    await register(ctx.app, { name: 'АО «Чужой завод»' });
    const before = await snapshot(ctx);
    const refusal = await loadDemoInto(ctx).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DemoRefusal);
    expect((refusal as Error).message).toMatch(/other data \(organizations that are not the demo's: 1\)/);
    expect((refusal as Error).message).not.toContain('\n');
    expect(await snapshot(ctx)).toEqual(before);
  });
});
