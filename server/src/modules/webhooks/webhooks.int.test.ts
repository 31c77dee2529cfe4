import { NOTIFICATION_EXAMPLES } from '@zamena/shared/notifications/notification-kinds.examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, signInAdmin, type Registered } from '../../../test/fixtures';
import {
  addMember,
  startInProcessWorker,
  startWebhookReceiver,
  waitFor,
  type RunningWorker,
} from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { notifyOrganizations } from '../notifications/notify';
import { verifySignature } from './signature';

let ctx: TestContext;
let worker: RunningWorker;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let owner: Registered;
let member: { token: string };
let stranger: Registered;
let admin: { token: string };

const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

const setUrl = (organizationId: string, token: string, url: string) =>
  call('POST', `/organizations/${organizationId}/webhook-secret`, token, { url });

const deliveries = async () =>
  (await call('GET', `/organizations/${owner.organizationId}/webhook-deliveries`, owner.token)).json().items;

beforeAll(async () => {
  ctx = await createTestApp({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
  receiver = await startWebhookReceiver();
  worker = await startInProcessWorker(ctx.database, {
    redisUrl: ctx.env.REDIS_URL,
    secret: ctx.env.JWT_SECRET,
    prefix: ctx.env.QUEUE_PREFIX,
  });
  owner = await register(ctx.app);
  member = await addMember(ctx.app, owner, 'ru');
  stranger = await register(ctx.app);
  admin = await signInAdmin(ctx.app);
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
  await ctx.close();
});

describe('POST /organizations/:id/webhook-secret', () => {
  it('sets the URL and returns a new secret once, to the owner; the audit keeps no secret', async () => {
    const first = await setUrl(owner.organizationId, owner.token, receiver.url);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.json()).toMatchObject({
      organizationId: owner.organizationId,
      url: receiver.url,
      active: true,
    });
    const second = await setUrl(owner.organizationId, owner.token, receiver.url);
    expect(second.json().secret).not.toBe(first.json().secret);
    const audit = await ctx.database.pool.query(
      "SELECT before, after FROM audit_events WHERE action = 'organization.webhook_secret_rotated' AND entity_id = $1",
      [owner.organizationId],
    );
    expect(audit.rows).toHaveLength(2);
    expect(JSON.stringify(audit.rows)).not.toContain(second.json().secret);
  });

  it('is refused to members (403) and other organizations (404); an admin may set it', async () => {
    expect((await setUrl(owner.organizationId, member.token, receiver.url)).statusCode).toBe(403);
    expect((await setUrl(owner.organizationId, stranger.token, receiver.url)).statusCode).toBe(404);
    expect(
      (await setUrl(stranger.organizationId, admin.token, 'https://hooks.example/zamena')).statusCode,
    ).toBe(200);
  });

  it('accepts http(s) URLs only', async () => {
    for (const url of ['ftp://hooks.example/x', 'not a url', 'javascript:alert(1)']) {
      const response = await setUrl(owner.organizationId, owner.token, url);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe('url');
    }
  });
});

describe('webhook deliveries', () => {
  it('retries a failing receiver with backoff and logs every attempt, under one event id', async () => {
    const secret = (await setUrl(owner.organizationId, owner.token, receiver.url)).json().secret;
    receiver.state.status = 503;
    await notifyOrganizations(ctx.database.db, [owner.organizationId], {
      kind: 'need.matched',
      payload: NOTIFICATION_EXAMPLES['need.matched'],
      dedupeKey: 'hook-retry',
    });
    await waitFor('first attempt', async () => (await deliveries())[0]?.attempts === 1);
    expect((await deliveries())[0]).toMatchObject({
      status: 'pending',
      lastStatusCode: 503,
      lastError: 'HTTP 503',
    });
    receiver.state.status = 204;
    const [delivered] = await waitFor('delivered', async () => {
      const items = await deliveries();
      return items[0]?.status === 'delivered' ? items : null;
    });
    expect(delivered).toMatchObject({
      attempts: 2,
      lastStatusCode: 204,
      lastError: null,
      eventKey: 'hook-retry',
    });
    // Two members, one delivery; two attempts of it.
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received.map((r) => r.headers['x-zamena-event-id'])).toEqual([
      delivered.id,
      delivered.id,
    ]);
    expect(receiver.received.map((r) => r.headers['x-zamena-delivery-attempt'])).toEqual(['1', '2']);
    for (const hook of receiver.received) {
      expect(verifySignature(secret, hook.body, hook.headers['x-zamena-signature'] as string)).toBe(true);
    }
  });

  it('gives up at once on a permanent refusal (410)', async () => {
    receiver.state.status = 410;
    await notifyOrganizations(ctx.database.db, [owner.organizationId], {
      kind: 'need.matched',
      payload: NOTIFICATION_EXAMPLES['need.matched'],
      dedupeKey: 'hook-gone',
    });
    const failed = await waitFor('failed', async () => {
      const item = (await deliveries()).find((d: { eventKey: string }) => d.eventKey === 'hook-gone');
      return item?.status === 'failed' ? item : null;
    });
    expect(failed).toMatchObject({ attempts: 1, lastStatusCode: 410 });
  });

  it('shows the log to the owner only', async () => {
    const url = `/organizations/${owner.organizationId}/webhook-deliveries`;
    expect((await call('GET', url, member.token)).statusCode).toBe(403);
    expect((await call('GET', url, stranger.token)).statusCode).toBe(404);
    expect((await call('GET', url, admin.token)).statusCode).toBe(200);
    const page = (await call('GET', `${url}?limit=1`, owner.token)).json();
    expect(page.items).toHaveLength(1);
    const next = (await call('GET', `${url}?limit=1&cursor=${page.nextCursor}`, owner.token)).json();
    expect(next.items[0].id).not.toBe(page.items[0].id);
  });
});
