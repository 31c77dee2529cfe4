import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import { z } from 'zod';
import type { Actor } from '../../lib/actor';
import { createRedis } from '../../queue/connections';
import { createLiveEventHub, type LiveEventHub } from './live-event-hub';
import type { LiveEvent } from './live-events';

/** Notifications stored after the one a reconnecting stream last received, oldest first. */
type MissedSince = (lastEventId: string, actor: Actor, limit: number) => Promise<Notification[]>;

/** `channelPrefix`, not `prefix`: Fastify's register takes `prefix` as the route prefix. */
type Options = { redisUrl: string; channelPrefix: string; missedSince: MissedSince; heartbeatMs?: number };

/** A reconnect after a long absence gets this many missed events; the client reloads its list anyway. */
const REPLAY_LIMIT = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const eventsQuery = z.object({
  access_token: z
    .string()
    .max(4000)
    .optional()
    .describe('The access token, for EventSource (it cannot send an Authorization header)'),
  last_event_id: z
    .string()
    .max(200)
    .optional()
    .describe('As the Last-Event-ID header, for a new EventSource resuming an old one'),
});

/** EventSource sends the id of the last event it received when it reconnects; anything else is ignored. */
const eventsHeaders = z.object({
  'last-event-id': z
    .string()
    .max(200)
    .optional()
    .describe('Resume after this notification: the ones stored since are sent first'),
});

/** EventSource cannot set headers: the token may come as `?access_token=` instead. */
async function tokenFromQuery(request: FastifyRequest) {
  const token = (request.query as { access_token?: unknown }).access_token;
  if (typeof token === 'string' && token && !request.headers.authorization) {
    request.headers.authorization = `Bearer ${token}`;
  }
}

const frame = (event: LiveEvent) =>
  `id: ${event.notification.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.notification)}\n\n`;

/**
 * `GET /events`: the signed-in user's live notifications as Server-Sent Events, fed by Redis pub/sub
 * (its own subscriber connection, opened on first use), with heartbeat comments so proxies keep the
 * stream open. A reconnect with `Last-Event-ID` first gets what was stored meanwhile. Streams end when
 * the app closes.
 */
export const eventsRoutes: FastifyPluginAsyncZod<Options> = async (
  app,
  { redisUrl, channelPrefix, missedSince, heartbeatMs = 25_000 },
) => {
  let hub: LiveEventHub | null = null;
  const getHub = () =>
    (hub ??= createLiveEventHub(createRedis(redisUrl, 'subscriber', app.log), channelPrefix));
  const streams = new Set<() => void>();

  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });
  app.addHook('onClose', async () => {
    await hub?.close();
  });

  app.get(
    '/events',
    {
      // The URL may carry the token: keep it out of the info-level request log.
      logLevel: 'warn',
      onRequest: [tokenFromQuery, app.authenticate],
      schema: {
        tags: ['notifications'],
        summary: 'My live notifications (text/event-stream; `event: notification`, heartbeats as comments)',
        querystring: eventsQuery,
        headers: eventsHeaders,
      },
    },
    async (request, reply) => {
      const { raw } = reply;
      const queued: string[] = [];
      let open = true;
      let ready = false;
      const send = (chunk: string) => {
        if (!open) return;
        if (ready) raw.write(chunk);
        else queued.push(chunk);
      };
      // Subscribed before the stored ones are read, so nothing falls between the two; an event both
      // replayed and then published live is sent once.
      const replayed = new Set<string>();
      const unsubscribe = await getHub().subscribe(request.actor.userId, (event) => {
        if (!replayed.has(event.notification.id)) send(frame(event));
      });
      const lastEventId = request.headers['last-event-id'] ?? request.query.last_event_id;
      const missed =
        lastEventId && UUID.test(lastEventId)
          ? await missedSince(lastEventId, request.actor, REPLAY_LIMIT).catch((error: unknown) => {
              request.log.warn({ err: error }, 'event stream replay failed');
              return [];
            })
          : [];
      for (const notification of missed) replayed.add(notification.id);

      reply.hijack();
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        // A signed-in user's stream: never stored by a cache on the way (no-store), nor transformed.
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 5000\n: connected\n\n');
      for (const notification of missed) raw.write(frame({ type: 'notification', notification }));
      ready = true;
      for (const chunk of queued.splice(0)) raw.write(chunk);

      const heartbeat = setInterval(() => send(': heartbeat\n\n'), heartbeatMs);
      const end = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        streams.delete(end);
        void unsubscribe();
        raw.end();
      };
      streams.add(end);
      request.raw.on('close', end);
      raw.on('error', end);
    },
  );
};
