import dns from 'node:dns';
import os from 'node:os';
import { UnrecoverableError } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, type Registered } from '../../../test/fixtures';
import { startWebhookReceiver } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { isPublicAddress } from './public-address';
import { createWebhookDispatcher } from './webhook-dispatcher';
import { createWebhooksRepo } from './webhooks.repo';

/** The default configuration: webhooks only to the public internet (WEBHOOK_ALLOW_PRIVATE_ADDRESSES unset). */
let ctx: TestContext;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let owner: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  receiver = await startWebhookReceiver();
  owner = await register(ctx.app);
});
afterAll(async () => {
  await receiver.close();
  await ctx.close();
});

const setUrl = (url: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organizations/${owner.organizationId}/webhook-secret`,
    headers: bearer(owner.token),
    payload: { url },
  });

describe('webhook URLs outside the public internet', () => {
  it('are refused when set, naming the field, and nothing is saved', async () => {
    for (const url of [
      receiver.url,
      'http://localhost:8080/hook',
      'http://localhost.:8080/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/hook',
      'http://[::1]:3000/hook',
    ]) {
      const response = await setUrl(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ path: 'url' });
      expect(response.json().errors[0].message).toMatch(/public internet/);
    }
    expect(await createWebhooksRepo(ctx.database.db).endpoint(owner.organizationId)).toBeUndefined();
    expect((await setUrl('https://hooks.example.org/zamena')).statusCode).toBe(200);
  });

  it('are refused when set by the name of this machine, resolved', async () => {
    const port = new URL(receiver.url).port;
    // Test machines (containers, VMs) resolve their own name to loopback or a private network.
    const own = await dns.promises.lookup(os.hostname(), { all: true });
    expect(own.some((entry) => !isPublicAddress(entry.address))).toBe(true);
    const response = await setUrl(`http://${os.hostname()}:${port}/hook`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'url' });
    expect(response.json().errors[0].message).toMatch(/resolves to .*public internet/);
    expect(await createWebhooksRepo(ctx.database.db).endpoint(owner.organizationId)).toMatchObject({
      url: 'https://hooks.example.org/zamena',
    });
  });

  it('are refused at delivery, for good and without a request, also when a name resolves to this machine', async () => {
    const repo = createWebhooksRepo(ctx.database.db);
    const dispatcher = createWebhookDispatcher({ db: ctx.database.db, timeoutMs: 2000 });
    const port = new URL(receiver.url).port;
    // As if the URLs had been set while their names pointed elsewhere.
    for (const [index, url] of [`http://localhost:${port}/hook`, `http://127.0.0.1:${port}/hook`].entries()) {
      await repo.saveEndpoint(owner.organizationId, url, 'a-secret-of-the-test');
      const eventKey = `ssrf-${index}`;
      expect(
        await dispatcher.queueMany([
          {
            organizationId: owner.organizationId,
            eventKey,
            kind: 'need.matched',
            payload: {},
            createdAt: new Date(),
          },
        ]),
      ).toBe(1);
      const { rows } = await ctx.database.pool.query<{ id: string }>(
        'SELECT id FROM webhook_deliveries WHERE organization_id = $1 AND event_key = $2',
        [owner.organizationId, eventKey],
      );
      const attempt = dispatcher.deliver(rows[0]!.id, { attemptsMade: 0, opts: { attempts: 8 } });
      await expect(attempt).rejects.toBeInstanceOf(UnrecoverableError);
      const delivery = await repo.delivery(rows[0]!.id);
      expect(delivery, url).toMatchObject({ status: 'failed', attempts: 1 });
      expect(delivery?.lastError).toMatch(/not a public internet address/);
    }
    expect(receiver.received).toHaveLength(0);
  });
});
