import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/bids-fixtures';
import { register, type Registered } from '../../../test/fixtures';
import {
  addMember,
  startInProcessWorker,
  startWebhookReceiver,
  waitFor,
  type RunningWorker,
} from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { notifyOrganizations } from '../notifications/notify';

let ctx: TestContext;
let worker: RunningWorker;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let owner: Registered;

beforeAll(async () => {
  ctx = await createTestApp({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
  receiver = await startWebhookReceiver();
  worker = await startInProcessWorker(ctx.database, {
    redisUrl: ctx.env.REDIS_URL,
    secret: ctx.env.JWT_SECRET,
    prefix: ctx.env.QUEUE_PREFIX,
  });
  owner = await register(ctx.app);
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
  await ctx.close();
});

const url = (path: string) => `/organizations/${owner.organizationId}${path}`;
const deliveryLog = async () =>
  (await api(ctx.app, 'GET', url('/webhook-deliveries'), owner.token)).json().items as {
    id: string;
    kind: string;
    status: string;
  }[];

describe('webhook settings, test events and retries', () => {
  it('refuses a test event before a URL is set, then delivers one signed to the receiver', async () => {
    const early = await api(ctx.app, 'POST', url('/webhook-test'), owner.token);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('no_webhook_endpoint');
    await api(ctx.app, 'POST', url('/webhook-secret'), owner.token, { url: receiver.url });
    const settings = await api(ctx.app, 'GET', url('/webhook'), owner.token);
    expect(settings.json()).toEqual({
      endpoint: { url: receiver.url, active: true, updatedAt: expect.any(String) },
      mutedKinds: [],
    });
    expect(settings.body).not.toContain('secret');

    const test = await api(ctx.app, 'POST', url('/webhook-test'), owner.token);
    expect(test.statusCode).toBe(202);
    expect(test.json()).toMatchObject({ kind: 'webhook.test', status: 'pending' });
    await waitFor('the test event', async () =>
      receiver.received.find((hook) => hook.headers['x-zamena-event'] === 'webhook.test'),
    );
    await waitFor('the log to show it delivered', async () =>
      (await deliveryLog()).find((entry) => entry.id === test.json().id && entry.status === 'delivered'),
    );
  });

  it('sends a failed delivery again, and only a failed one', async () => {
    const test = await api(ctx.app, 'POST', url('/webhook-test'), owner.token);
    const id = test.json().id as string;
    await waitFor('the delivery', async () =>
      (await deliveryLog()).find((entry) => entry.id === id && entry.status === 'delivered'),
    );
    const notFailed = await api(ctx.app, 'POST', url(`/webhook-deliveries/${id}/retry`), owner.token);
    expect(notFailed.json().code).toBe('delivery_not_failed');
    await ctx.database.pool.query("UPDATE webhook_deliveries SET status = 'failed' WHERE id = $1", [id]);
    const before = receiver.received.length;
    const retried = await api(ctx.app, 'POST', url(`/webhook-deliveries/${id}/retry`), owner.token);
    expect(retried.statusCode).toBe(202);
    expect(retried.json().status).toBe('pending');
    await waitFor('the retried delivery', async () => receiver.received.length > before || undefined);
  });

  it('does not send muted kinds', async () => {
    const muted = await api(ctx.app, 'PATCH', url('/webhook'), owner.token, {
      mutedKinds: ['lot.published'],
    });
    expect(muted.json().mutedKinds).toEqual(['lot.published']);
    const notify = (kind: 'lot.published' | 'capability.matched', dedupeKey: string) =>
      ctx.database.db.transaction((tx) =>
        notifyOrganizations(
          tx,
          [owner.organizationId],
          kind === 'lot.published'
            ? {
                kind,
                dedupeKey,
                payload: {
                  lotId: crypto.randomUUID(),
                  okpd2Kind: '28.15.1',
                  okpd2KindName: null,
                  unit: '796',
                  needsCount: 3,
                  regionsCount: 2,
                },
              }
            : {
                kind,
                dedupeKey,
                payload: { capabilityId: crypto.randomUUID(), capabilityTitle: 'Насосы', needs: 1 },
              },
        ),
      );
    await notify('lot.published', `muted-${crypto.randomUUID()}`);
    await notify('capability.matched', `sent-${crypto.randomUUID()}`);
    await waitFor('the unmuted kind', async () =>
      receiver.received.find((hook) => hook.headers['x-zamena-event'] === 'capability.matched'),
    );
    expect(receiver.received.some((hook) => hook.headers['x-zamena-event'] === 'lot.published')).toBe(false);
    expect((await deliveryLog()).some((entry) => entry.kind === 'lot.published')).toBe(false);
  });

  it('answers 404 to another organization and 403 to a member', async () => {
    const stranger = await register(ctx.app);
    const member = await addMember(ctx.app, owner, 'ru');
    for (const [method, path] of [
      ['GET', '/webhook'],
      ['PATCH', '/webhook'],
      ['POST', '/webhook-test'],
      ['POST', `/webhook-deliveries/${crypto.randomUUID()}/retry`],
    ] as const) {
      const body = method === 'PATCH' ? { mutedKinds: [] } : undefined;
      expect((await api(ctx.app, method, url(path), stranger.token, body)).statusCode).toBe(404);
      expect((await api(ctx.app, method, url(path), member.token, body)).statusCode).toBe(403);
    }
  });
});
