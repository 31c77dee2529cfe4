import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { notifyOrganizations } from './notify';

let ctx: TestContext;
let alice: Registered;
let bob: Registered;

const call = (method: 'GET' | 'POST', url: string, token: string | null, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: token ? bearer(token) : {},
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  ctx = await createTestApp();
  alice = await register(ctx.app);
  bob = await register(ctx.app);
  for (let i = 1; i <= 5; i++) {
    await notifyOrganizations(ctx.database.db, [alice.organizationId], {
      kind: 'need.matched',
      payload: { needId: `n${i}`, suppliers: i },
      dedupeKey: `test-${i}`,
    });
  }
  await notifyOrganizations(ctx.database.db, [bob.organizationId], {
    kind: 'need.matched',
    payload: { needId: 'b1', suppliers: 1 },
    dedupeKey: 'test-b1',
  });
});
afterAll(() => ctx.close());

describe('notifications', () => {
  it('are written once per user per event, with their delivery job in the outbox', async () => {
    const again = await notifyOrganizations(ctx.database.db, [alice.organizationId, alice.organizationId], {
      kind: 'need.matched',
      payload: {},
      dedupeKey: 'test-1',
    });
    expect(again).toBe(0);
    // One delivery job per notifying call (its batch of new rows), named after its first row.
    const outbox = await ctx.database.pool.query(
      "SELECT payload, job_id FROM outbox WHERE job_name = 'deliver-notifications' AND topic = 'need.matched'",
    );
    expect(outbox.rows).toHaveLength(6);
    for (const row of outbox.rows) {
      expect(row.payload.notificationIds).toHaveLength(1);
      expect(row.job_id).toBe(`deliver-notifications-${row.payload.notificationIds[0]}`);
    }
  });

  it('lists my own, newest first, with the unread count and keyset pages', async () => {
    const first = await call('GET', '/notifications?limit=2', alice.token);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ unreadCount: 5 });
    expect(first.json().items.map((n: { payload: { needId: string } }) => n.payload.needId)).toEqual([
      'n5',
      'n4',
    ]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await call('GET', url, alice.token)).json();
      seen.push(...page.items.map((n: { payload: { needId: string } }) => n.payload.needId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['n5', 'n4', 'n3', 'n2', 'n1']);
    const others = (await call('GET', '/notifications', bob.token)).json();
    expect(others.items.map((n: { payload: { needId: string } }) => n.payload.needId)).toEqual(['b1']);
  });

  it('marks my own as read by id; ids of others change nothing', async () => {
    const mine = (await call('GET', '/notifications', alice.token)).json().items;
    const bobs = (await call('GET', '/notifications', bob.token)).json().items;
    const response = await call('POST', '/notifications/read', alice.token, {
      ids: [mine[0].id, bobs[0].id],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ updated: 1, unreadCount: 4 });
    expect((await call('GET', '/notifications', bob.token)).json().unreadCount).toBe(1);
    const unread = (await call('GET', '/notifications?unread=true', alice.token)).json();
    expect(unread.items).toHaveLength(4);
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(mine[0].id);
    const read = (await call('GET', '/notifications', alice.token)).json().items[0];
    expect(read.readAt).not.toBeNull();
  });

  it('marks all as read', async () => {
    const response = await call('POST', '/notifications/read', alice.token, { all: true });
    expect(response.json()).toEqual({ updated: 4, unreadCount: 0 });
    expect((await call('POST', '/notifications/read', alice.token, { all: true })).json()).toEqual({
      updated: 0,
      unreadCount: 0,
    });
  });

  it('refuses malformed requests and anonymous callers', async () => {
    for (const payload of [{}, { ids: [] }, { ids: ['nope'] }, { all: false }, { all: true, ids: [] }]) {
      expect((await call('POST', '/notifications/read', alice.token, payload)).statusCode).toBe(400);
    }
    expect((await call('GET', '/notifications?cursor=garbage', alice.token)).statusCode).toBe(400);
    expect((await call('GET', '/notifications', null)).statusCode).toBe(401);
  });
});
