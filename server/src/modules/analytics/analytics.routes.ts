import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  analyticsBottlenecksSchema,
  analyticsFlowsSchema,
  analyticsNichesSchema,
  analyticsQuerySchema,
  analyticsRegionsSchema,
  analyticsSummarySchema,
  bottleneckQuerySchema,
  nicheExportQuerySchema,
  nicheQuerySchema,
} from '@zamena/shared/analytics/analytics.schemas';
import type { AnalyticsService } from './analytics.service';
import { nichesWorkbook } from './niches-export';

type Options = { analytics: AnalyticsService };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SCOPE = 'Associations and admins: everything, or one `region`; a verified centre: its own region only.';

export const analyticsRoutes: FastifyPluginAsyncZod<Options> = async (app, { analytics }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['analytics'];

  app.get(
    '/analytics/summary',
    {
      schema: {
        tags,
        summary:
          'Needs by status, capabilities, match rate, medians to first match and acceptance, interregional value',
        description: SCOPE,
        querystring: analyticsQuerySchema,
        response: { 200: analyticsSummarySchema },
      },
    },
    async (request) => analytics.summary(request.query, request.actor),
  );

  app.get(
    '/analytics/regions',
    {
      schema: {
        tags,
        summary:
          'Per region and federal district: needs, open value, capabilities, matched share, orders in and out',
        description: SCOPE,
        querystring: analyticsQuerySchema,
        response: { 200: analyticsRegionsSchema },
      },
    },
    async (request) => analytics.regions(request.query, request.actor),
  );

  app.get(
    '/analytics/flows',
    {
      schema: {
        tags,
        summary: 'Supplier region → buyer region: count and value of accepted orders',
        description: SCOPE,
        querystring: analyticsQuerySchema,
        response: { 200: analyticsFlowsSchema },
      },
    },
    async (request) => analytics.flows(request.query, request.actor),
  );

  app.get(
    '/analytics/bottlenecks',
    {
      schema: {
        tags,
        summary:
          'Critical open needs with no match above the threshold and no bid after BOTTLENECK_AFTER_DAYS',
        description: SCOPE,
        querystring: bottleneckQuerySchema,
        response: { 200: analyticsBottlenecksSchema },
      },
    },
    async (request) => analytics.bottlenecks(request.query, request.actor),
  );

  app.get(
    '/analytics/niches',
    {
      schema: {
        tags,
        summary:
          'Investment niches: OKPD2 kinds and lots ranked by unmet volume × value, with few capabilities',
        description: SCOPE,
        querystring: nicheQuerySchema,
        response: { 200: analyticsNichesSchema },
      },
    },
    async (request) => analytics.niches(request.query, request.actor),
  );

  app.get(
    '/analytics/niches/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The investment niches as an XLSX workbook',
        description: SCOPE,
        querystring: nicheExportQuerySchema,
      },
    },
    async (request, reply) => {
      const niches = await analytics.niches(request.query, request.actor);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="niches-${stamp}.xlsx"`)
        .send(await nichesWorkbook(niches));
    },
  );
};
