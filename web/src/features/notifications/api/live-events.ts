import { useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import { useEffect, useRef, useState } from 'react';
import { env } from '../../../config/env';
import { refreshSession } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth';
import { queriesToRefresh } from '../utils/notification-refresh';

const MAX_DELAY_MS = 60_000;

/** 1 s, 2 s, 4 s … up to a minute, with jitter so many tabs do not reconnect in step. */
function backoff(failures: number): number {
  const base = Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(failures, 6));
  return base / 2 + Math.random() * (base / 2);
}

/**
 * The signed-in user's live notifications (GET /events, Server-Sent Events). Each one refreshes the
 * queries it concerns. EventSource cannot send headers, so the access token goes in the query; when the
 * server closes the stream (an expired token answers 401), the session is refreshed and the stream
 * reopened after a growing pause, resuming after the last event received (the server first sends what
 * was stored meanwhile). Temporary network drops are retried by the browser itself, with Last-Event-ID.
 */
export function useLiveEvents(onNotification?: (notification: Notification) => void) {
  const queryClient = useQueryClient();
  const token = useSession().data?.accessToken ?? null;
  const [generation, setGeneration] = useState(0);
  const failures = useRef(0);
  // A new EventSource cannot send Last-Event-ID itself: the last id received goes in the query.
  const lastEventId = useRef<string | null>(null);
  const listener = useRef(onNotification);

  useEffect(() => {
    listener.current = onNotification;
  });

  useEffect(() => {
    if (!token || typeof EventSource === 'undefined') return;
    const resume = lastEventId.current ? `&last_event_id=${encodeURIComponent(lastEventId.current)}` : '';
    const source = new EventSource(
      `${env.apiBaseUrl}/events?access_token=${encodeURIComponent(token)}${resume}`,
    );
    let retry: ReturnType<typeof setTimeout> | undefined;

    source.addEventListener('open', () => {
      failures.current = 0;
      // Whatever arrived while the stream was down is fetched now.
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    });
    source.addEventListener('notification', (event) => {
      const message = event as MessageEvent<string>;
      if (message.lastEventId) lastEventId.current = message.lastEventId;
      let notification: Notification;
      try {
        notification = JSON.parse(message.data) as Notification;
      } catch {
        return;
      }
      for (const queryKey of queriesToRefresh(notification.kind)) {
        void queryClient.invalidateQueries({ queryKey });
      }
      listener.current?.(notification);
    });
    source.addEventListener('error', () => {
      if (source.readyState !== EventSource.CLOSED) return;
      source.close();
      const delay = backoff(failures.current++);
      retry = setTimeout(() => {
        // A new token (the old one expired) reopens the stream through `token`, a signed-out session
        // ends it; when the API was unreachable, `generation` tries again with the same token.
        void refreshSession().then(
          (session) => {
            if (session?.accessToken === token) setGeneration((value) => value + 1);
          },
          () => setGeneration((value) => value + 1),
        );
      }, delay);
    });

    return () => {
      clearTimeout(retry);
      source.close();
    };
  }, [token, generation, queryClient]);
}
