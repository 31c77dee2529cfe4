import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationSchema,
  loginSchema,
  meSchema,
  registerSchema,
  sessionSchema,
} from '@zamena/shared/auth/auth.schemas';
import type { AuthService, IssuedSession } from './auth.service';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

type Options = { auth: AuthService; secureCookies: boolean; loginPerMinute: number };

export const authRoutes: FastifyPluginAsyncZod<Options> = async (
  app,
  { auth, secureCookies, loginPerMinute },
) => {
  const withCookie = (reply: Parameters<typeof setRefreshCookie>[0], issued: IssuedSession) => {
    setRefreshCookie(reply, issued.refreshToken, issued.refreshExpiresAt, secureCookies);
    return issued.session;
  };
  const tags = ['auth'];

  app.post(
    '/auth/register',
    {
      schema: {
        tags,
        summary: 'Register an enterprise or centre with its owner',
        body: registerSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(withCookie(reply, await auth.register(request.body))),
  );

  app.post(
    '/auth/login',
    {
      schema: { tags, summary: 'Sign in', body: loginSchema, response: { 200: sessionSchema } },
      config: {
        rateLimit: {
          max: loginPerMinute,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) =>
            `login|${request.ip}|${(request.body as { email?: string } | undefined)?.email ?? ''}`,
        },
      },
    },
    async (request, reply) =>
      withCookie(reply, await auth.login(request.body.email, request.body.password, request.ip)),
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        tags,
        summary: 'Rotate the refresh cookie and get a new access token',
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      try {
        return withCookie(reply, await auth.refresh(readRefreshCookie(request)));
      } catch (error) {
        clearRefreshCookie(reply, secureCookies);
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: "Revoke this session; the user's access tokens stop (other devices refresh)",
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.logout(readRefreshCookie(request));
      clearRefreshCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Join an organization by invitation',
        body: acceptInvitationSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) => {
      const { token, password, language } = request.body;
      return reply
        .status(201)
        .send(withCookie(reply, await auth.acceptInvitation(token, password, language)));
    },
  );

  app.get(
    '/me',
    {
      onRequest: [app.authenticate],
      schema: { tags, summary: 'The signed-in user and organization', response: { 200: meSchema } },
    },
    async (request) => auth.me(request.actor),
  );
};
