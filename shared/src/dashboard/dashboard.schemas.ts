import { z } from 'zod';
import { analyticsSummarySchema, bottleneckGroupSchema } from '../analytics/analytics.schemas';
import { bidPageSchema } from '../bids/bids.schemas';
import { orderPageSchema } from '../orders/orders.schemas';
import { organizationRefSchema } from '../organizations/organizations.schemas';

/**
 * GET /dashboard: everything one organization's dashboard shows, in one answer (issue 20: a page of
 * cards used to cost two requests per open need). The variant follows the caller's organization kind.
 * Lists hold the first few items; `total` counts them all.
 */

const count = z.number().int().min(0);

/** An open need with what happened on it so far. */
export const dashboardNeedSchema = z.object({
  id: z.string(),
  title: z.string(),
  buyerName: z.string(),
  neededBy: z.string().nullable(),
  /** Suppliers matched and not dismissed; null where the caller may not see the need's matches. */
  matches: count.nullable(),
  /** Bids waiting for the buyer's decision; null where the caller may not see the need's bids. */
  bids: count.nullable(),
});
export type DashboardNeed = z.infer<typeof dashboardNeedSchema>;

const listOf = <T extends z.ZodType>(item: T) => z.object({ total: count, items: z.array(item) });

export const dashboardNeedListSchema = listOf(dashboardNeedSchema);
export type DashboardNeedList = z.infer<typeof dashboardNeedListSchema>;

export const enterpriseDashboardSchema = z.object({
  kind: z.literal('enterprise'),
  /** The organization's own open needs, newest first. */
  openNeeds: dashboardNeedListSchema,
  /** Its open needs with bids to accept or reject, longest waiting first. */
  awaitingDecision: dashboardNeedListSchema,
  ordersInProgress: orderPageSchema,
  /** Its own bids still waiting for a buyer. */
  liveBids: bidPageSchema,
});

export const centerDashboardSchema = z.object({
  kind: z.literal('center'),
  regionCode: z.string(),
  /** Open needs delivered to the region, newest first. */
  regionNeeds: dashboardNeedListSchema,
  /**
   * Open needs of the region nobody answered yet: no supplier matched, no bid. Null until an
   * association verifies the centre (it reads its region's matches only then, DESIGN.md §3).
   */
  unanswered: dashboardNeedListSchema.nullable(),
  enterprises: listOf(organizationRefSchema),
});

export const associationDashboardSchema = z.object({
  kind: z.literal('association'),
  /** Matches waiting for review: the first page of the queue; `more` when it goes on. */
  reviewQueue: z.object({ count, more: z.boolean() }),
  matching: analyticsSummarySchema.shape.matching,
  bottlenecks: z.object({ totalNeeds: count, groups: z.array(bottleneckGroupSchema) }),
  newestOrders: orderPageSchema,
});

export const dashboardSchema = z.discriminatedUnion('kind', [
  enterpriseDashboardSchema,
  centerDashboardSchema,
  associationDashboardSchema,
]);
export type Dashboard = z.infer<typeof dashboardSchema>;
export type EnterpriseDashboard = z.infer<typeof enterpriseDashboardSchema>;
export type CenterDashboard = z.infer<typeof centerDashboardSchema>;
export type AssociationDashboard = z.infer<typeof associationDashboardSchema>;
