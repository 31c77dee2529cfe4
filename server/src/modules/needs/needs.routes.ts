import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import {
  createNeedSchema,
  needListQuerySchema,
  needPageSchema,
  needSchema,
  needTransitionSchema,
  similarNeedsSchema,
  similarRecentQuerySchema,
  updateNeedSchema,
} from '@zamena/shared/needs/needs.schemas';
import { parseIfMatch, requireIfMatch, setETag } from '../../http/versioning';
import type { NeedsService, NeedTransitionKind } from './needs.service';

type Options = { needs: NeedsService };

/** Documents If-Match; other headers pass through untouched. */
const ifMatchHeaders = z.looseObject({
  'if-match': z.string().optional().describe('The ETag (version) you read, such as "3"'),
});

const TRANSITION_SUMMARIES: Record<NeedTransitionKind, string> = {
  publish: 'Publish a draft (draft → open)',
  cancel: 'Cancel a draft or open need',
  close: 'Close an open, awarded or expired need',
};

export const needsRoutes: FastifyPluginAsyncZod<Options> = async (app, { needs }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['needs'];

  app.get(
    '/needs',
    {
      schema: {
        tags,
        summary: 'Search needs: words, OKPD2 prefix, region, district, status; keyset pages',
        querystring: needListQuerySchema,
        response: { 200: needPageSchema },
      },
    },
    async (request) => needs.list(request.query, request.actor),
  );

  app.get(
    '/needs/similar-recent',
    {
      schema: {
        tags,
        summary: "Before posting: the caller's organization's needs of the last 24 h with a similar title",
        querystring: similarRecentQuerySchema,
        response: { 200: similarNeedsSchema },
      },
    },
    async (request) => needs.similarRecent(request.query, request.actor),
  );

  app.post(
    '/needs',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Post a need (a draft unless `publish`)',
        body: createNeedSchema,
        response: { 201: needSchema },
      },
    },
    async (request, reply) => {
      const need = await needs.create(request.body, request.actor);
      return setETag(reply, need.version).status(201).send(need);
    },
  );

  app.get(
    '/needs/:id',
    { schema: { tags, params: idParams, response: { 200: needSchema } } },
    async (request, reply) => {
      const need = await needs.get(request.params.id, request.actor);
      return setETag(reply, need.version).send(need);
    },
  );

  app.patch(
    '/needs/:id',
    {
      schema: {
        tags,
        summary: 'Change a draft or open need (If-Match required: 428 without it, 412 when stale)',
        params: idParams,
        headers: ifMatchHeaders,
        body: updateNeedSchema,
        response: { 200: needSchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request.headers['if-match']);
      const need = await needs.update(request.params.id, request.body, version, request.actor);
      return setETag(reply, need.version).send(need);
    },
  );

  for (const kind of ['publish', 'cancel', 'close'] as const) {
    app.post(
      `/needs/:id/${kind}`,
      {
        schema: {
          tags,
          summary: TRANSITION_SUMMARIES[kind],
          params: idParams,
          headers: ifMatchHeaders,
          body: needTransitionSchema,
          response: { 200: needSchema },
        },
      },
      async (request, reply) => {
        const version = parseIfMatch(request.headers['if-match']);
        const need = await needs.transition(kind, request.params.id, request.actor, version, request.body);
        return setETag(reply, need.version).send(need);
      },
    );
  }
};
