import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  sessionSchema,
} from '@zamena/shared/auth/auth.schemas';
import type { PasswordsService } from './passwords.service';
import { setRefreshCookie } from './refresh-cookie';

type Options = { passwords: PasswordsService; secureCookies: boolean; perMinute: number };

export const passwordsRoutes: FastifyPluginAsyncZod<Options> = async (
  app,
  { passwords, secureCookies, perMinute },
) => {
  const tags = ['auth'];
  const limit = (key: 'address' | 'user') => ({
    rateLimit: {
      max: perMinute,
      timeWindow: '1 minute',
      hook: 'preHandler' as const,
      keyGenerator: (request: { ip: string; actor?: { userId: string } }) =>
        key === 'user' ? `password|${request.actor?.userId}` : `password|${request.ip}`,
    },
  });

  app.post(
    '/me/password',
    {
      onRequest: [app.authenticate],
      config: limit('user'),
      schema: {
        tags,
        summary: 'Change the password; ends every other session and returns a new one for this device',
        body: changePasswordSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const issued = await passwords.change(request.actor, request.body);
      setRefreshCookie(reply, issued.refreshToken, issued.refreshExpiresAt, secureCookies);
      return issued.session;
    },
  );

  app.post(
    '/auth/password/forgot',
    {
      config: limit('address'),
      schema: {
        tags,
        summary: 'E-mail a single-use link to choose a new password (202 whether or not the address exists)',
        body: forgotPasswordSchema,
        response: { 202: z.null() },
      },
    },
    async (request, reply) => {
      await passwords.forgot(request.body.email);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/auth/password/reset',
    {
      config: limit('address'),
      schema: {
        tags,
        summary: "Set a new password with the e-mailed link's token; every session ends",
        body: resetPasswordSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await passwords.reset(request.body);
      return reply.status(204).send(null);
    },
  );
};
