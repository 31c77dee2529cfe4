import type { Redis } from 'ioredis';
import type { Notification } from '@zamena/shared/notifications/notifications.schemas';

/**
 * Live events go through Redis pub/sub, one channel per user, so whichever API replica holds a
 * user's Server-Sent Events stream receives what any worker publishes.
 */
export const liveChannel = (prefix: string, userId: string) => `${prefix}:live:${userId}`;

export type LiveEvent = { type: 'notification'; notification: Notification };

export async function publishLiveEvent(
  redis: Pick<Redis, 'publish'>,
  prefix: string,
  userId: string,
  event: LiveEvent,
): Promise<number> {
  return redis.publish(liveChannel(prefix, userId), JSON.stringify(event));
}
