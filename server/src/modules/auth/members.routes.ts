import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  invitationParamsSchema,
  memberParamsSchema,
  pendingInvitationSchema,
  updateMemberSchema,
  userSchema,
} from '@zamena/shared/auth/auth.schemas';
import { idParams, itemsOf } from '@zamena/shared/common/common.schemas';
import type { MembersService } from './members.service';

type Options = { members: MembersService };

/** Owners manage members (the list is GET /organizations/:id/members); administrators disable users. */
export const membersRoutes: FastifyPluginAsyncZod<Options> = async (app, { members }) => {
  app.addHook('onRequest', app.authenticate);

  app.patch(
    '/organizations/:id/members/:userId',
    {
      schema: {
        tags: ['organizations'],
        summary: "Change a member's role (owner)",
        params: memberParamsSchema,
        body: updateMemberSchema,
        response: { 200: userSchema },
      },
    },
    async (request) =>
      members.updateRole(request.params.id, request.params.userId, request.body, request.actor),
  );

  app.delete(
    '/organizations/:id/members/:userId',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Remove a member (owner); their sessions end, the last owner stays',
        params: memberParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await members.remove(request.params.id, request.params.userId, request.actor);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/organizations/:id/invitations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Open invitations (owner): not accepted, not expired',
        params: idParams,
        response: { 200: itemsOf(pendingInvitationSchema) },
      },
    },
    async (request) => ({ items: await members.invitations(request.params.id, request.actor) }),
  );

  app.delete(
    '/organizations/:id/invitations/:invitationId',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Withdraw an open invitation (owner): its link stops working',
        params: invitationParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await members.revokeInvitation(request.params.id, request.params.invitationId, request.actor);
      return reply.status(204).send(null);
    },
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/users/:id/${action}`,
      {
        schema: {
          tags: ['users'],
          summary: disabled
            ? 'Disable a user (administrators): no sign-in, sessions end'
            : 'Enable a disabled user again (administrators)',
          params: idParams,
          response: { 200: userSchema },
        },
      },
      async (request) => members.setDisabled(request.params.id, disabled, request.actor),
    );
  }
};
