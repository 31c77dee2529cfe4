import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createRedis } from '../../queue/connections';
import { createLiveEventHub, type LiveEventHub } from './live-event-hub';
import type { LiveEvent } from './live-events';

/** `channelPrefix`, not `prefix`: Fastify's register takes `prefix` as the route prefix. */
type Options = { redisUrl: string; channelPrefix: string; heartbeatMs?: number };

const eventsQuery = z.object({
  access_token: z
    .string()
    .max(4000)
    .optional()
    .describe('The access token, for EventSource (it cannot send an Authorization header)'),
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
 * stream open. Streams end when the app closes.
 */
export const eventsRoutes: FastifyPluginAsyncZod<Options> = async (
  app,
  { redisUrl, channelPrefix, heartbeatMs = 25_000 },
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
      const unsubscribe = await getHub().subscribe(request.actor.userId, (event) => send(frame(event)));

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
