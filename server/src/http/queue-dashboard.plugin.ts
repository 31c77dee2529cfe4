import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Actor } from '../lib/actor';
import { AppError } from '../lib/errors';
import { closeQueues, createQueues } from '../queue/queues';
import { sendProblem } from './problem';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
const COOKIE = 'zamena_queues_token';

/**
 * The BullMQ dashboard (bull-board) for platform administrators. The API is cookie-less (bearer
 * tokens), but the dashboard's own page fetches its data without headers, so: open
 * `/api/admin/queues?access_token=<admin access token>` (or send `Authorization: Bearer …`); a token
 * from the query is kept in an httpOnly, SameSite=Strict cookie limited to this path until it expires.
 */
export async function registerQueueDashboard(
  app: FastifyInstance,
  { redis, prefix, secureCookies }: { redis: Redis; prefix: string; secureCookies: boolean },
) {
  const queues = createQueues(redis, prefix);
  // The producer connection already reports Redis outages once; BullMQ would print every error.
  for (const queue of Object.values(queues)) queue.on('error', () => undefined);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(queues).map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Zamena queues' } },
  });

  async function adminOnly(request: FastifyRequest, reply: FastifyReply) {
    const fromQuery = (request.query as { access_token?: unknown }).access_token;
    const header = request.headers.authorization?.replace(/^Bearer\s+/i, '');
    const token =
      header || (typeof fromQuery === 'string' && fromQuery) || request.cookies[COOKIE] || undefined;
    if (!token) {
      return sendProblem(reply, { status: 401, code: 'unauthorized', detail: 'Sign in as an administrator' });
    }
    // The same checks as every API request: signature, expiry, and the user's current state.
    let actor: Actor;
    try {
      actor = await app.actorOfToken(token);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return sendProblem(reply, { status: error.status, code: error.code, detail: error.message });
    }
    if (!actor.isAdmin) {
      return sendProblem(reply, {
        status: 403,
        code: 'admin_only',
        detail: 'The queue dashboard is for administrators',
      });
    }
    const { exp } = app.jwt.decode<{ exp?: number }>(token) ?? {};
    if (typeof fromQuery === 'string' && fromQuery === token && exp) {
      reply.setCookie(COOKIE, token, {
        path: QUEUE_DASHBOARD_PATH,
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
        maxAge: Math.max(0, exp - Math.floor(Date.now() / 1000)),
      });
    }
  }

  await app.register(async (scope) => {
    // The query may carry the token: keep it out of the info-level request log.
    scope.addHook('onRoute', (route) => {
      route.logLevel = 'warn';
    });
    scope.addHook('onRequest', adminOnly);
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
  app.addHook('onClose', async () => {
    await closeQueues(queues);
  });
}
