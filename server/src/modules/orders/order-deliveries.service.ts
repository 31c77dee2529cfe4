import { compareDecimals } from '@zamena/shared/domain/decimal';
import type {
  AcceptDelivery,
  RateOrder,
  RecordDelivery,
} from '@zamena/shared/orders/order-deliveries.schemas';
import type { OrderDetail, OrderStatus } from '@zamena/shared/orders/orders.schemas';
import type { Db, DbExecutor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import type { NeedsService } from '../needs/needs.service';
import { notifyOrganizations } from '../notifications/notify';
import { toOrderDelivery, toOrderRating } from './order.mapper';
import { loadOrderDetail } from './order-detail';
import { createOrderDeliveriesRepo } from './order-deliveries.repo';
import {
  ACCEPTING_STATUSES,
  SHIPPING_STATUSES,
  statusAfterAcceptance,
  statusAfterShipment,
} from './order-deliveries.rules';
import { sideOf, type OrderParties } from './orders.permissions';
import { createOrdersRepo, type OrderWithParties } from './orders.repo';

type Deps = {
  db: Db;
  needs: Pick<NeedsService, 'completeIn'>;
  /** The order as the caller may see it; another organization's answers 404 (orders.service). */
  visible: (id: string, actor: Actor) => Promise<OrderWithParties>;
};

const partiesOf = ({ order, need }: OrderWithParties): OrderParties => ({
  buyerOrganizationId: order.buyerOrganizationId,
  supplierOrganizationId: order.supplierOrganizationId,
  postedByOrganizationId: need.postedByOrganizationId,
});
const buyerSide = (p: OrderParties) => [p.buyerOrganizationId, p.postedByOrganizationId];

function requireSide(actor: Actor, found: OrderWithParties, side: 'buyer' | 'supplier', what: string) {
  const actual = sideOf(actor, partiesOf(found));
  if (actual === side) return;
  throw actual === null
    ? new AppError(403, 'not_order_party', 'Only the parties to an order act on it')
    : new ForbiddenError('wrong_side', `Only the ${side === 'buyer' ? 'buyer side' : 'supplier'} ${what}`);
}

const notInStatus = (status: string, what: string) =>
  new ConflictError('invalid_transition', `An order in status ${status} cannot ${what}`);

export function createOrderDeliveriesService({ db, needs, visible }: Deps) {
  /**
   * Moves the order in the caller's transaction with its event and audit entry; when it becomes
   * completed and every other order of the need is too, the need closes through its own table.
   */
  async function move(
    tx: DbExecutor,
    found: OrderWithParties,
    from: OrderStatus,
    to: OrderStatus,
    note: string,
    actor: Actor,
  ) {
    if (from === to) return;
    const orders = createOrdersRepo(tx);
    if (!(await orders.move(found.order.id, from, to))) {
      throw new ConflictError('order_changed', 'The order changed meanwhile; reload it');
    }
    await orders.insertEvent({
      orderId: found.order.id,
      actorUserId: actor.userId,
      actorOrganizationId: actor.organizationId,
      fromStatus: from,
      toStatus: to,
      note,
    });
    await recordAudit(tx, {
      actor,
      action: `order.${to}`,
      entityType: 'order',
      entityId: found.order.id,
      before: { status: from },
      after: { status: to, note },
    });
    if (to === 'completed') await closeNeedIfDone(tx, found.need.id, actor);
  }

  async function closeNeedIfDone(tx: DbExecutor, needId: string, actor: Actor) {
    const need = await createOrderDeliveriesRepo(tx).needIfAllOrdersCompleted(needId);
    if (need) await needs.completeIn(tx, need, actor);
  }

  const event = (found: OrderWithParties) => ({
    needId: found.need.id,
    needTitle: found.need.title,
    orderId: found.order.id,
  });

  return {
    closeNeedIfDone,

    async recordDelivery(id: string, input: RecordDelivery, actor: Actor): Promise<OrderDetail> {
      const found = await visible(id, actor);
      requireSide(actor, found, 'supplier', 'records shipments');
      return db.transaction(async (tx) => {
        const repo = createOrderDeliveriesRepo(tx);
        const order = await repo.lockOrder(id);
        const status = order!.status as OrderStatus;
        if (!SHIPPING_STATUSES.includes(status)) throw notInStatus(status, 'be shipped');
        const { toShip } = await repo.fulfilment(id);
        if (compareDecimals(input.quantity, toShip) > 0) {
          throw new AppError(409, 'delivery_exceeds_order', `At most ${toShip} remains to ship`, [
            { path: 'quantity', message: `at most ${toShip} remains to ship` },
          ]);
        }
        const row = await repo.insert({ orderId: id, ...input, shippedByUserId: actor.userId });
        await recordAudit(tx, {
          actor,
          action: 'order.delivery_shipped',
          entityType: 'order',
          entityId: id,
          after: toOrderDelivery(row),
        });
        await move(tx, found, status, statusAfterShipment(status), input.note, actor);
        await notifyOrganizations(tx, buyerSide(partiesOf(found)), {
          kind: 'order.delivery_shipped',
          payload: { ...event(found), quantity: toOrderDelivery(row).quantity },
          dedupeKey: `order-delivery-shipped-${row.id}`,
        });
        return loadOrderDetail(tx, id, actor);
      });
    },

    async acceptDelivery(
      id: string,
      deliveryId: string,
      input: AcceptDelivery,
      actor: Actor,
    ): Promise<OrderDetail> {
      const found = await visible(id, actor);
      requireSide(actor, found, 'buyer', 'accepts deliveries');
      return db.transaction(async (tx) => {
        const repo = createOrderDeliveriesRepo(tx);
        const order = await repo.lockOrder(id);
        const delivery = await repo.find(id, deliveryId);
        if (!delivery) throw new NotFoundError('Delivery');
        if (delivery.acceptedQuantity !== null) {
          throw new ConflictError('delivery_already_accepted', 'This shipment is already accepted');
        }
        const status = order!.status as OrderStatus;
        if (!ACCEPTING_STATUSES.includes(status)) throw notInStatus(status, 'accept deliveries');
        if (compareDecimals(input.acceptedQuantity, delivery.quantity) > 0) {
          throw new AppError(400, 'validation_failed', 'More accepted than shipped', [
            { path: 'acceptedQuantity', message: 'must not exceed the shipped quantity' },
          ]);
        }
        const accepted = (await repo.accept(deliveryId, input.acceptedQuantity, actor.userId))!;
        await recordAudit(tx, {
          actor,
          action: 'order.delivery_accepted',
          entityType: 'order',
          entityId: id,
          before: toOrderDelivery(delivery),
          after: toOrderDelivery(accepted),
        });
        const { toAccept } = await repo.fulfilment(id);
        const next = statusAfterAcceptance(status, toAccept);
        await move(tx, found, status, next, '', actor);
        await notifyOrganizations(tx, [found.order.supplierOrganizationId], {
          kind: 'order.delivery_accepted',
          payload: {
            ...event(found),
            acceptedQuantity: toOrderDelivery(accepted).acceptedQuantity!,
            completed: next === 'completed',
          },
          dedupeKey: `order-delivery-accepted-${deliveryId}`,
        });
        return loadOrderDetail(tx, id, actor);
      });
    },

    async rate(id: string, input: RateOrder, actor: Actor): Promise<OrderDetail> {
      const found = await visible(id, actor);
      requireSide(actor, found, 'buyer', 'rates the supplier');
      if (found.order.status !== 'completed') {
        throw new ConflictError('order_not_completed', 'The supplier is rated once the order is completed');
      }
      return db.transaction(async (tx) => {
        const repo = createOrderDeliveriesRepo(tx);
        const row = await repo.insertRating({
          orderId: id,
          supplierOrganizationId: found.order.supplierOrganizationId,
          ...input,
          ratedByUserId: actor.userId,
        });
        if (!row) throw new ConflictError('order_already_rated', 'This order is already rated');
        await recordAudit(tx, {
          actor,
          action: 'order.rated',
          entityType: 'order',
          entityId: id,
          after: toOrderRating(row),
        });
        const { onTime, quality, communication } = row;
        await notifyOrganizations(tx, [found.order.supplierOrganizationId], {
          kind: 'order.rated',
          payload: { ...event(found), onTime, quality, communication },
          dedupeKey: `order-rated-${id}`,
        });
        return loadOrderDetail(tx, id, actor);
      });
    },
  };
}
export type OrderDeliveriesService = ReturnType<typeof createOrderDeliveriesService>;
