import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboardSchema } from '@zamena/shared/dashboard/dashboard.schemas';
import type { DashboardService } from './dashboard.service';

type Options = { dashboard: DashboardService };

export const dashboardRoutes: FastifyPluginAsyncZod<Options> = async (app, { dashboard }) => {
  app.get(
    '/dashboard',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['dashboard'],
        summary: "Everything the caller's dashboard shows, in one answer",
        description:
          'Enterprises: their open needs with match and bid counts, needs with bids to decide, orders in ' +
          'progress, live bids. Centres: the open needs of their region (matches once verified, bids where ' +
          'they posted), the unanswered ones, the region’s enterprises. Associations and admins: the review ' +
          'queue, the match rate, bottlenecks, the newest orders.',
        response: { 200: dashboardSchema },
      },
    },
    async (request) => dashboard.forActor(request.actor),
  );
};
