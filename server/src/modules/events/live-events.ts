import type { Redis } from 'ioredis';
import type { Notification } from '@zamena/shared/notifications/notifications.schemas';

/**
 * Live events go through Redis pub/sub, one channel per user, so whichever API replica holds a
 * user's Server-Sent Events stream receives what any worker publishes.
 */
export const liveChannel = (prefix: string, userId: string) => `${prefix}:live:${userId}`;

export type LiveEvent = { type: 'notification'; notification: Notification };

/**
 * Publishes each event on its user's channel in one pipeline (one write to Redis however many there
 * are); resolves to how many subscribers received them in all, and rejects if any publish failed.
 */
export async function publishLiveEvents(
  redis: Pick<Redis, 'pipeline'>,
  prefix: string,
  events: { userId: string; event: LiveEvent }[],
): Promise<number> {
  if (events.length === 0) return 0;
  const pipeline = redis.pipeline();
  for (const { userId, event } of events)
    pipeline.publish(liveChannel(prefix, userId), JSON.stringify(event));
  const results = (await pipeline.exec()) ?? [];
  let receivers = 0;
  for (const [error, count] of results) {
    if (error) throw error;
    receivers += Number(count);
  }
  return receivers;
}
