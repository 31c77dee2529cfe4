import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, itemsOf } from '@zamena/shared/common/common.schemas';
import {
  createAssociationSchema,
  invitationSchema,
  inviteMemberSchema,
  userSchema,
} from '@zamena/shared/auth/auth.schemas';
import {
  organizationListQuerySchema,
  organizationSchema,
  updateOrganizationSchema,
} from '@zamena/shared/organizations/organizations.schemas';
import {
  organizationProfileSchema,
  verificationDecisionSchema,
  verificationQueueItemSchema,
} from '@zamena/shared/organizations/organization-profile.schemas';
import type { AuthService } from '../auth/auth.service';
import type { OrganizationsService } from './organizations.service';

type Options = { organizations: OrganizationsService; auth: AuthService };

export const organizationsRoutes: FastifyPluginAsyncZod<Options> = async (app, { organizations, auth }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['organizations'];

  app.get(
    '/organizations',
    {
      schema: {
        tags,
        querystring: organizationListQuerySchema,
        response: { 200: itemsOf(organizationSchema) },
      },
    },
    async (request) => ({ items: await organizations.list(request.query, request.actor) }),
  );

  app.post(
    '/organizations',
    {
      schema: {
        tags,
        summary: 'Create an association with its owner (administrators only)',
        body: createAssociationSchema,
        response: { 201: z.object({ user: userSchema, organization: organizationSchema }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await auth.createAssociation(request.body, request.actor)),
  );

  app.get(
    '/organizations/verification-queue',
    {
      schema: {
        tags,
        summary:
          'Organizations by verification status (default pending), oldest first, with owners (analysts)',
        querystring: organizationListQuerySchema,
        response: { 200: itemsOf(verificationQueueItemSchema) },
      },
    },
    async (request) => ({ items: await organizations.verificationQueue(request.query, request.actor) }),
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: 'The profile: public facts, who verified it, track record (contacts: own, analysts)',
        params: idParams,
        response: { 200: organizationProfileSchema },
      },
    },
    async (request) => organizations.profile(request.params.id, request.actor),
  );

  app.post(
    '/organizations/:id/verification',
    {
      schema: {
        tags,
        summary: 'Verify, refuse or revoke with a reason (association members, admins); owners are told',
        params: idParams,
        body: verificationDecisionSchema,
        response: { 200: organizationSchema },
      },
    },
    async (request) => organizations.decideVerification(request.params.id, request.body, request.actor),
  );

  app.patch(
    '/organizations/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateOrganizationSchema,
        response: { 200: organizationSchema },
      },
    },
    async (request) => organizations.update(request.params.id, request.body, request.actor),
  );

  app.post(
    '/organizations/:id/verify',
    {
      schema: {
        tags,
        summary: 'Mark as verified (association members, admins)',
        params: idParams,
        response: { 200: organizationSchema },
      },
    },
    async (request) => organizations.verify(request.params.id, request.actor),
  );

  app.get(
    '/organizations/:id/members',
    { schema: { tags, params: idParams, response: { 200: itemsOf(userSchema) } } },
    async (request) => ({ items: await organizations.members(request.params.id, request.actor) }),
  );

  app.post(
    '/organizations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a member (owner)',
        params: idParams,
        body: inviteMemberSchema,
        response: { 201: invitationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await auth.invite(request.params.id, request.body, request.actor)),
  );
};
