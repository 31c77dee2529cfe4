import { bottleneckQuerySchema } from '@zamena/shared/analytics/analytics.schemas';
import { bidListQuerySchema } from '@zamena/shared/bids/bids.schemas';
import type {
  AssociationDashboard,
  CenterDashboard,
  Dashboard,
  DashboardNeedList,
  EnterpriseDashboard,
} from '@zamena/shared/dashboard/dashboard.schemas';
import { matchQueueQuerySchema } from '@zamena/shared/matching/matching.schemas';
import { orderListQuerySchema } from '@zamena/shared/orders/orders.schemas';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import type { AnalyticsService } from '../analytics/analytics.service';
import { seesAllBids } from '../bids/bids.permissions';
import type { BidsService } from '../bids/bids.service';
import type { MatchingService } from '../matching/matching.service';
import type { OrdersService } from '../orders/orders.service';
import type { OrganizationsService } from '../organizations/organizations.service';
import { createDashboardRepo, type DashboardNeedRow } from './dashboard.repo';

type Deps = {
  db: Db;
  organizations: Pick<OrganizationsService, 'findRow'>;
  orders: Pick<OrdersService, 'list'>;
  bids: Pick<BidsService, 'list'>;
  matching: Pick<MatchingService, 'queue'>;
  analytics: Pick<AnalyticsService, 'summary' | 'bottlenecks'>;
};

/** Items per card: a dashboard shows the first few and links to the full list. */
const CARD_ITEMS = 5;
/** The review queue is counted up to one page ("100+" beyond). */
const QUEUE_PAGE = 100;
const ORDERS_IN_PROGRESS = 'confirmed,in_production,shipped';

/**
 * GET /dashboard (issue 20): what each organization kind's dashboard shows, in one answer, read through
 * the owning modules' services so their permissions (DESIGN.md §3) apply as they do on their own pages.
 */
export function createDashboardService({ db, organizations, orders, bids, matching, analytics }: Deps) {
  const repo = createDashboardRepo(db);

  /** A need's counts, each only where the caller may see what is counted. */
  const needList = (
    { total, rows }: { total: number; rows: DashboardNeedRow[] },
    seesMatches: boolean,
    actor: Actor,
  ): DashboardNeedList => ({
    total,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      buyerName: row.buyer_name,
      neededBy: row.needed_by,
      matches: seesMatches ? row.matches : null,
      bids: seesAllBids(actor, {
        buyerOrganizationId: row.buyer_organization_id,
        postedByOrganizationId: row.posted_by_organization_id,
      })
        ? row.bids
        : null,
    })),
  });

  async function enterprise(actor: Actor): Promise<EnterpriseDashboard> {
    const buyerId = actor.organizationId;
    const [openNeeds, awaiting, ordersInProgress, liveBids] = await Promise.all([
      repo.openNeeds({ buyerId }, CARD_ITEMS),
      repo.openNeeds({ buyerId, only: 'with_bids' }, CARD_ITEMS),
      orders.list(orderListQuerySchema.parse({ status: ORDERS_IN_PROGRESS, limit: CARD_ITEMS }), actor),
      bids.list(bidListQuerySchema.parse({ mine: '1', status: 'submitted', limit: CARD_ITEMS }), actor),
    ]);
    return {
      kind: 'enterprise',
      // The buyer sees its needs' matches and bids (DESIGN.md §3).
      openNeeds: needList(openNeeds, true, actor),
      awaitingDecision: needList(awaiting, true, actor),
      ordersInProgress,
      liveBids,
    };
  }

  async function center(actor: Actor): Promise<CenterDashboard> {
    const own = await organizations.findRow(actor.organizationId);
    const regionCode = own?.regionCode ?? actor.regionCode;
    // A centre reads its region's matches once an association has verified it (matching.service.ts).
    const verified = own?.verified === true;
    const [regionNeeds, unanswered, enterprises] = await Promise.all([
      repo.openNeeds({ regionCode }, CARD_ITEMS),
      verified ? repo.openNeeds({ regionCode, only: 'unanswered' }, CARD_ITEMS) : null,
      repo.enterprises(regionCode, CARD_ITEMS),
    ]);
    return {
      kind: 'center',
      regionCode,
      regionNeeds: needList(regionNeeds, verified, actor),
      unanswered: unanswered ? needList(unanswered, true, actor) : null,
      enterprises: {
        total: enterprises.total,
        items: enterprises.rows.map((row) => ({
          id: row.id,
          name: row.name,
          regionCode: row.region_code,
          verified: row.verified,
        })),
      },
    };
  }

  async function association(actor: Actor): Promise<AssociationDashboard> {
    const [queue, summary, bottlenecks, newestOrders] = await Promise.all([
      matching.queue(
        matchQueueQuerySchema.parse({ status: 'proposed', sort: 'date', limit: QUEUE_PAGE }),
        actor,
      ),
      analytics.summary({}, actor),
      analytics.bottlenecks(bottleneckQuerySchema.parse({ limit: CARD_ITEMS, itemsPerGroup: 0 }), actor),
      orders.list(orderListQuerySchema.parse({ limit: CARD_ITEMS }), actor),
    ]);
    return {
      kind: 'association',
      reviewQueue: { count: queue.items.length, more: queue.nextCursor !== null },
      matching: summary.matching,
      bottlenecks: { totalNeeds: bottlenecks.totalNeeds, groups: bottlenecks.groups },
      newestOrders,
    };
  }

  return {
    async forActor(actor: Actor): Promise<Dashboard> {
      // Administrators see the whole exchange, as analysts do, whatever organization they belong to.
      if (isAnalyst(actor)) return association(actor);
      return actor.organizationKind === 'center' ? center(actor) : enterprise(actor);
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;
