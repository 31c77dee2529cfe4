import type { AddressInfo } from 'node:net';
import { NOTIFICATION_EXAMPLES } from '@zamena/shared/notifications/notification-kinds.examples';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authPlugin } from '../../http/auth.plugin';
import { registerErrorHandler } from '../../http/error-handler';
import { register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createRedis } from '../../queue/connections';
import { findSessionState } from '../auth/actors.repo';
import { createNotificationDelivery } from '../notifications/deliver-notification';
import { createNotificationsService } from '../notifications/notifications.service';
import { notifyOrganizations } from '../notifications/notify';
import { createWebhookDispatcher } from '../webhooks/webhook-dispatcher';
import { eventsRoutes } from './events.routes';

const silent = { warn: () => undefined };

let ctx: TestContext;
let baseUrl: string;
let user: Registered;
let publisher: ReturnType<typeof createRedis>;

/** Reads a Server-Sent Events stream; `until` waits for the text received so far to satisfy a test. */
function openStream(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    reader,
    async until(check: (text: string) => boolean, timeoutMs = 5000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      while (!check(text)) {
        const chunk = await Promise.race([
          reader.read(),
          new Promise<never>((_, reject) =>
            setTimeout(
              () => reject(new Error(`no more events; got: ${text}`)),
              Math.max(1, deadline - Date.now()),
            ),
          ),
        ]);
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
      }
      return text;
    },
  };
}

beforeAll(async () => {
  ctx = await createTestApp();
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  user = await register(ctx.app);
  publisher = createRedis(ctx.env.REDIS_URL, 'producer', silent);
});
afterAll(async () => {
  publisher.disconnect();
  await ctx.close();
});

describe('GET /events (Server-Sent Events)', () => {
  it('refuses a missing or invalid token with a problem document', async () => {
    const missing = await fetch(`${baseUrl}/api/v1/events`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${baseUrl}/api/v1/events?access_token=nope`)).status).toBe(401);
  });

  it("streams the user's notifications as the worker delivers them (token in the query)", async () => {
    const response = await fetch(`${baseUrl}/api/v1/events?access_token=${user.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const stream = openStream(response);
    await stream.until((text) => text.includes(': connected'));

    await notifyOrganizations(ctx.database.db, [user.organizationId], {
      kind: 'need.matched',
      payload: NOTIFICATION_EXAMPLES['need.matched'],
      dedupeKey: 'sse-1',
    });
    const { rows } = await ctx.database.pool.query('SELECT id FROM notifications WHERE user_id = $1', [
      user.userId,
    ]);
    const deliver = createNotificationDelivery({
      db: ctx.database.db,
      redis: publisher,
      prefix: ctx.env.QUEUE_PREFIX,
      publicUrl: 'http://zamena.test',
      webhooks: createWebhookDispatcher({ db: ctx.database.db }),
    });
    expect(await deliver([rows[0].id])).toEqual({ notifications: 1, emailed: 0, webhooksQueued: 0, live: 1 });
    const text = await stream.until((t) => t.includes('event: notification'));
    const frame = text.slice(text.indexOf('id: '));
    expect(frame).toMatch(new RegExp(`^id: ${rows[0].id}\nevent: notification\ndata: `));
    const data = JSON.parse(
      frame
        .split('\n')
        .find((line) => line.startsWith('data: '))!
        .slice(6),
    );
    expect(data).toMatchObject({
      id: rows[0].id,
      kind: 'need.matched',
      payload: NOTIFICATION_EXAMPLES['need.matched'],
    });
    await stream.reader.cancel();
  });

  it('accepts the Authorization header and sends nothing meant for other users', async () => {
    const other = await register(ctx.app);
    const response = await fetch(`${baseUrl}/api/v1/events`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(response.status).toBe(200);
    const stream = openStream(response);
    await stream.until((text) => text.includes(': connected'));
    const publish = (userId: string, id: string) =>
      publisher.publish(
        `${ctx.env.QUEUE_PREFIX}:live:${userId}`,
        JSON.stringify({
          type: 'notification',
          notification: { id, kind: 'x', payload: {}, readAt: null, createdAt: '' },
        }),
      );
    await publish(user.userId, 'not-for-other');
    await publish(other.userId, 'for-other');
    const text = await stream.until((t) => t.includes('id: for-other'));
    expect(text).not.toContain('not-for-other');
    await stream.reader.cancel();
  });
});

describe('GET /events after a reconnect (Last-Event-ID)', () => {
  it('first sends, in order, what was stored after the last event received; nothing of others', async () => {
    const reader = await register(ctx.app);
    for (const n of [1, 2, 3])
      await notifyOrganizations(ctx.database.db, [reader.organizationId], {
        kind: 'need.matched',
        payload: NOTIFICATION_EXAMPLES['need.matched'],
        dedupeKey: `replay-${n}`,
      });
    const { rows } = await ctx.database.pool.query<{ id: string }>(
      'SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at, id',
      [reader.userId],
    );
    expect(rows).toHaveLength(3);
    const resume = async (lastEventId: string) => {
      const response = await fetch(`${baseUrl}/api/v1/events?access_token=${reader.token}`, {
        headers: { 'last-event-id': lastEventId },
      });
      expect(response.status).toBe(200);
      const stream = openStream(response);
      const text = await stream.until((t) => t.includes(': connected'));
      await stream.reader.cancel();
      return [...text.matchAll(/^id: (.+)$/gm)].map((match) => match[1]);
    };

    expect(await resume(rows[0]!.id)).toEqual([rows[1]!.id, rows[2]!.id]);
    expect(await resume(rows[2]!.id)).toEqual([]);
    // Another user's notification id, an unknown one and a malformed one resume nothing.
    const { rows: foreign } = await ctx.database.pool.query<{ id: string }>(
      'SELECT id FROM notifications WHERE user_id = $1 LIMIT 1',
      [user.userId],
    );
    expect(await resume(foreign[0]!.id)).toEqual([]);
    expect(await resume('00000000-0000-4000-8000-000000000000')).toEqual([]);
    expect(await resume('not-an-id')).toEqual([]);
    // A new EventSource cannot set the header: the query carries the same id.
    const response = await fetch(
      `${baseUrl}/api/v1/events?access_token=${reader.token}&last_event_id=${rows[1]!.id}`,
    );
    const stream = openStream(response);
    const text = await stream.until((t) => t.includes(`id: ${rows[2]!.id}`));
    await stream.reader.cancel();
    expect(text).not.toContain(`id: ${rows[1]!.id}`);
  });
});

describe('event streams', () => {
  it('send heartbeats and end cleanly when the app closes', async () => {
    const app = Fastify().withTypeProvider();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandler(app);
    await app.register(authPlugin, {
      secret: 'x'.repeat(40),
      accessTokenTtlSeconds: 60,
      sessionState: (userId) => findSessionState(ctx.database.db, userId),
    });
    await app.register(eventsRoutes, {
      redisUrl: ctx.env.REDIS_URL,
      channelPrefix: 'sse-test',
      missedSince: createNotificationsService({ db: ctx.database.db }).missedSince,
      heartbeatMs: 50,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const token = app.signAccessToken(user.userId, 0);
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/events?access_token=${token}`;
    const response = await fetch(url);
    const stream = openStream(response);
    await stream.until((text) => text.split(': heartbeat').length > 2);
    const { reader } = stream;
    const closed = app.close();
    let done = false;
    const deadline = Date.now() + 5000;
    while (!done && Date.now() < deadline) done = (await reader.read()).done;
    expect(done).toBe(true);
    await closed;
  });
});
