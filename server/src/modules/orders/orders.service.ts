import type {
  Order,
  OrderDetail,
  OrderListQuery,
  OrderPage,
  OrderStatus,
  OrderTransition,
} from '@zamena/shared/orders/orders.schemas';
import type { Db, DbExecutor } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { AppError, ConflictError, NotFoundError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import type { NeedsService } from '../needs/needs.service';
import { notifyOrganizations } from '../notifications/notify';
import { toOrder, toOrderAudit } from './order.mapper';
import { createOrderDeliveriesRepo } from './order-deliveries.repo';
import { drivenByDeliveries } from './order-deliveries.rules';
import { createOrderDeliveriesService } from './order-deliveries.service';
import { loadOrderDetail } from './order-detail';
import { canSeeOrder, sideOf, transitionRefusal } from './orders.permissions';
import { createOrdersRepo, type OrderWithParties } from './orders.repo';

type Deps = { db: Db; needs: Pick<NeedsService, 'completeIn'> };

/** The accepted bid an order is made from (the bids module has locked it). */
export type AcceptedBid = {
  bidId: string;
  needId: string;
  buyerOrganizationId: string;
  supplierOrganizationId: string;
  quantity: string;
  unitPrice: string;
};

/** One buyer's share of a lot award (the lots module has locked the lot): made into an order the same way. */
export type LotAwardShare = Omit<AcceptedBid, 'bidId'> & { lotId: string; lotBidId: string };

const parties = ({ order, need }: OrderWithParties) => ({
  buyerOrganizationId: order.buyerOrganizationId,
  supplierOrganizationId: order.supplierOrganizationId,
  postedByOrganizationId: need.postedByOrganizationId,
});

export function createOrdersService({ db, needs }: Deps) {
  const repo = createOrdersRepo(db);

  async function visible(id: string, actor: Actor): Promise<OrderWithParties> {
    const found = await repo.findById(id);
    // Another organization's order answers as missing, so ids cannot be probed (DESIGN.md §3).
    if (!found || !canSeeOrder(actor, parties(found))) throw new NotFoundError('Order');
    return found;
  }

  const { closeNeedIfDone, ...deliveries } = createOrderDeliveriesService({ db, needs, visible });

  return {
    ...deliveries,

    /**
     * Creates the order in the caller's transaction (the bid acceptance or a lot award), with its first
     * event and audit entry. Unique indexes on orders.bid_id and (lot_bid_id, need_id) make a second
     * order for one bid or one lot share impossible.
     */
    async createFromBid(tx: DbExecutor, bid: AcceptedBid | LotAwardShare, actor: Actor): Promise<Order> {
      const orders = createOrdersRepo(tx);
      const row = await orders.insert({
        needId: bid.needId,
        ...('bidId' in bid ? { bidId: bid.bidId } : { lotId: bid.lotId, lotBidId: bid.lotBidId }),
        buyerOrganizationId: bid.buyerOrganizationId,
        supplierOrganizationId: bid.supplierOrganizationId,
        quantity: bid.quantity,
        unitPrice: bid.unitPrice,
      });
      await orders.insertEvent({
        orderId: row.id,
        actorUserId: actor.userId,
        actorOrganizationId: actor.organizationId,
        fromStatus: null,
        toStatus: row.status,
      });
      await recordAudit(tx, {
        actor,
        action: 'order.created',
        entityType: 'order',
        entityId: row.id,
        after: toOrderAudit(row),
      });
      return toOrder((await orders.findById(row.id))!, actor);
    },

    async list(query: OrderListQuery, actor: Actor): Promise<OrderPage> {
      const rows = await repo.page({
        viewerOrganizationId: isAnalyst(actor) ? undefined : actor.organizationId,
        side: query.side,
        statuses: query.status,
        needId: query.needId,
        after: query.cursor ? decodeCursor(query.cursor, 'date') : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => toOrder(row, actor)),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'date', key: last.sortKey, id: last.order.id })
            : null,
      };
    },

    async get(id: string, actor: Actor): Promise<OrderDetail> {
      await visible(id, actor);
      return loadOrderDetail(db, id, actor);
    },

    /** One move along DESIGN.md §2's lifecycle by the side it belongs to; both sides are notified. */
    async transition(id: string, input: OrderTransition, actor: Actor): Promise<OrderDetail> {
      const found = await visible(id, actor);
      const from = found.order.status as OrderStatus;
      const refusal = transitionRefusal(sideOf(actor, parties(found)), from, input.to);
      if (refusal) throw new AppError(refusal.status, refusal.code, refusal.message);
      if (drivenByDeliveries(from, input.to, await createOrderDeliveriesRepo(db).any(id))) {
        throw new ConflictError(
          'invalid_transition',
          `The recorded deliveries move this order to ${input.to}: record or accept a delivery`,
        );
      }
      return db.transaction(async (tx) => {
        const orders = createOrdersRepo(tx);
        const moved = await orders.move(id, from, input.to);
        if (!moved) throw new ConflictError('order_changed', 'The order changed meanwhile; reload it');
        const event = await orders.insertEvent({
          orderId: id,
          actorUserId: actor.userId,
          actorOrganizationId: actor.organizationId,
          fromStatus: from,
          toStatus: input.to,
          note: input.note,
        });
        await recordAudit(tx, {
          actor,
          action: `order.${input.to}`,
          entityType: 'order',
          entityId: id,
          before: { status: from },
          after: { status: input.to, note: input.note },
        });
        const { buyerOrganizationId, supplierOrganizationId, postedByOrganizationId } = parties(found);
        await notifyOrganizations(tx, [buyerOrganizationId, postedByOrganizationId, supplierOrganizationId], {
          kind: 'order.status_changed',
          payload: { orderId: id, needId: found.need.id, needTitle: found.need.title, from, to: input.to },
          dedupeKey: `order-event-${event.id}`,
        });
        if (input.to === 'completed') await closeNeedIfDone(tx, found.need.id, actor);
        return loadOrderDetail(tx, id, actor);
      });
    },
  };
}
export type OrdersService = ReturnType<typeof createOrdersService>;
