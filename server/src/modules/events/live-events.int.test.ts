import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { NOTIFICATION_EXAMPLES } from '@zamena/shared/notifications/notification-kinds.examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connections';
import { liveChannel, type LiveEvent, publishLiveEvents } from './live-events';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const silent = { warn: () => undefined };
const prefix = `live-test-${randomBytes(3).toString('hex')}`;
const event = (id: string): LiveEvent => ({
  type: 'notification',
  notification: {
    id,
    kind: 'need.matched',
    payload: NOTIFICATION_EXAMPLES['need.matched'],
    readAt: null,
    createdAt: '2026-12-06T00:00:00.000Z',
  },
});

let publisher: ReturnType<typeof createRedis>;
let subscriber: ReturnType<typeof createRedis>;
const received: { channel: string; id: string }[] = [];

beforeAll(async () => {
  publisher = createRedis(REDIS_URL, 'producer', silent);
  subscriber = createRedis(REDIS_URL, 'subscriber', silent);
  subscriber.on('message', (channel: string, message: string) =>
    received.push({ channel, id: (JSON.parse(message) as LiveEvent).notification.id }),
  );
  await subscriber.subscribe(liveChannel(prefix, 'u1'), liveChannel(prefix, 'u2'));
  // The producer profile queues nothing while it connects: on a busy machine the test would run first.
  if (publisher.status !== 'ready') await new Promise((resolve) => publisher.once('ready', resolve));
});
afterAll(() => {
  publisher.disconnect();
  subscriber.disconnect();
});

describe('publishLiveEvents', () => {
  it("puts each event on its user's channel and counts the subscribers reached", async () => {
    const reached = await publishLiveEvents(publisher, prefix, [
      { userId: 'u1', event: event('a') },
      { userId: 'u2', event: event('b') },
      { userId: 'nobody-listens', event: event('c') },
      { userId: 'u1', event: event('d') },
    ]);
    expect(reached).toBe(3);
    await expect.poll(() => received.length).toBe(3);
    expect(received).toEqual([
      { channel: liveChannel(prefix, 'u1'), id: 'a' },
      { channel: liveChannel(prefix, 'u2'), id: 'b' },
      { channel: liveChannel(prefix, 'u1'), id: 'd' },
    ]);
    expect(await publishLiveEvents(publisher, prefix, [])).toBe(0);
  });

  it('fails when Redis does not answer, so the delivery job is retried', async () => {
    // A port that accepts connections and never speaks Redis: the fail-fast profile gives up.
    const silentServer: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
    const address = silentServer.address() as { port: number };
    const unreachable = createRedis(`redis://127.0.0.1:${address.port}`, 'producer', silent);
    try {
      await expect(
        publishLiveEvents(unreachable, prefix, [{ userId: 'u1', event: event('e') }]),
      ).rejects.toThrow();
    } finally {
      unreachable.disconnect();
      silentServer.close();
    }
  });
});
