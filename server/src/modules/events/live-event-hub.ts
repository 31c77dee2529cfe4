import type { Redis } from 'ioredis';
import type { LiveEvent } from './live-events';
import { liveChannel } from './live-events';

type Listener = (event: LiveEvent) => void;

/**
 * One subscriber connection per API process: channels are subscribed while at least one local
 * stream listens to them and unsubscribed when the last one closes.
 */
export function createLiveEventHub(subscriber: Redis, prefix: string) {
  const listeners = new Map<string, Set<Listener>>();

  subscriber.on('message', (channel: string, message: string) => {
    const local = listeners.get(channel);
    if (!local) return;
    let event: LiveEvent;
    try {
      event = JSON.parse(message) as LiveEvent;
    } catch {
      return;
    }
    for (const listener of local) listener(event);
  });

  return {
    /** Resolves once Redis confirmed the subscription; the returned function unsubscribes. */
    async subscribe(userId: string, listener: Listener): Promise<() => Promise<void>> {
      const channel = liveChannel(prefix, userId);
      let local = listeners.get(channel);
      if (!local) {
        local = new Set();
        listeners.set(channel, local);
      }
      local.add(listener);
      if (local.size === 1) await subscriber.subscribe(channel);
      return async () => {
        const current = listeners.get(channel);
        if (!current?.delete(listener) || current.size > 0) return;
        listeners.delete(channel);
        await subscriber.unsubscribe(channel).catch(() => undefined);
      };
    },

    async close(): Promise<void> {
      listeners.clear();
      await subscriber.quit().catch(() => subscriber.disconnect());
    },
  };
}
export type LiveEventHub = ReturnType<typeof createLiveEventHub>;
