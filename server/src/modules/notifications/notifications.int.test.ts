import { randomUUID } from 'node:crypto';
import { NOTIFICATION_EXAMPLES } from '@zamena/shared/notifications/notification-kinds.examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { notifyOrganizations } from './notify';

let ctx: TestContext;
let alice: Registered;
let bob: Registered;
/** Alice's five needs, oldest first, and Bob's one. */
const needIds = Array.from({ length: 5 }, () => randomUUID());
const bobsNeed = randomUUID();
const matched = (needId: string, suppliers: number) => ({
  kind: 'need.matched' as const,
  payload: { needId, needTitle: `Потребность ${suppliers}`, suppliers },
});

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
  for (const [i, needId] of needIds.entries()) {
    await notifyOrganizations(ctx.database.db, [alice.organizationId], {
      ...matched(needId, i + 1),
      dedupeKey: `test-${i + 1}`,
    });
  }
  await notifyOrganizations(ctx.database.db, [bob.organizationId], {
    ...matched(bobsNeed, 1),
    dedupeKey: 'test-b1',
  });
});
afterAll(() => ctx.close());

describe('notifications', () => {
  it('are written once per user per event, with their delivery job in the outbox', async () => {
    const again = await notifyOrganizations(ctx.database.db, [alice.organizationId, alice.organizationId], {
      ...matched(needIds[0]!, 1),
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
      needIds[4],
      needIds[3],
    ]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await call('GET', url, alice.token)).json();
      seen.push(...page.items.map((n: { payload: { needId: string } }) => n.payload.needId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...needIds].reverse());
    const others = (await call('GET', '/notifications', bob.token)).json();
    expect(others.items.map((n: { payload: { needId: string } }) => n.payload.needId)).toEqual([bobsNeed]);
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

  it('reads rows stored before the payload contract grew, and leaves out one it cannot read', async () => {
    const {
      matchId: _matchId,
      relevance: _relevance,
      ...oldAlert
    } = NOTIFICATION_EXAMPLES['capability.need_fits'];
    for (const [kind, payload, key] of [
      ['capability.need_fits', oldAlert, 'old-alert'],
      ['audit.something', { needId: 'n1' }, 'hand-written'],
    ] as const) {
      await ctx.database.pool.query(
        'INSERT INTO notifications (user_id, organization_id, kind, payload, dedupe_key) VALUES ($1, $2, $3, $4, $5)',
        [bob.userId, bob.organizationId, kind, JSON.stringify(payload), key],
      );
    }
    const response = await call('GET', '/notifications', bob.token);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((n: { kind: string }) => n.kind)).toEqual([
      'capability.need_fits',
      'need.matched',
    ]);
    expect(response.json().items[0].payload).toEqual(oldAlert);
  });

  it('refuses malformed requests and anonymous callers', async () => {
    for (const payload of [{}, { ids: [] }, { ids: ['nope'] }, { all: false }, { all: true, ids: [] }]) {
      expect((await call('POST', '/notifications/read', alice.token, payload)).statusCode).toBe(400);
    }
    expect((await call('GET', '/notifications?cursor=garbage', alice.token)).statusCode).toBe(400);
    expect((await call('GET', '/notifications', null)).statusCode).toBe(401);
  });
});
