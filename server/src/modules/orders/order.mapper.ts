import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { Order, OrderDetail, OrderEvent, OrderStatus } from '@zamena/shared/orders/orders.schemas';
import type { Actor } from '../../lib/actor';
import { toOrganizationRef } from '../organizations/organization.mapper';
import { availableTransitions, sideOf } from './orders.permissions';
import type { OrderEventRow, OrderRow, OrderWithParties } from './orders.repo';

/** Contacts travel with the order: both sides see each other's once it exists (DESIGN.md §3). */
export function toOrder({ order, need, buyer, supplier }: OrderWithParties, actor: Actor): Order {
  const side = sideOf(actor, { ...order, postedByOrganizationId: need.postedByOrganizationId });
  return {
    id: order.id,
    needId: order.needId,
    bidId: order.bidId,
    buyerOrganizationId: order.buyerOrganizationId,
    supplierOrganizationId: order.supplierOrganizationId,
    postedByOrganizationId: need.postedByOrganizationId,
    buyer: toOrganizationRef(buyer),
    supplier: toOrganizationRef(supplier),
    need: {
      id: need.id,
      title: need.title,
      okpd2: need.okpd2,
      unit: need.unit as Order['need']['unit'],
      neededBy: need.neededBy,
      deliveryRegionCode: need.deliveryRegionCode,
    },
    status: order.status as OrderStatus,
    quantity: trimDecimal(order.quantity),
    unitPrice: order.unitPrice,
    total: order.total,
    currency: 'RUB',
    buyerContacts: buyer.contacts,
    supplierContacts: supplier.contacts,
    availableTransitions: availableTransitions(side, order.status as OrderStatus),
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}

export const toOrderEvent = (row: OrderEventRow): OrderEvent => ({
  id: String(row.id),
  fromStatus: row.fromStatus as OrderStatus | null,
  toStatus: row.toStatus as OrderStatus,
  note: row.note,
  actorOrganizationId: row.actorOrganizationId,
  actorUserId: row.actorUserId,
  createdAt: row.createdAt.toISOString(),
});

export const toOrderDetail = (
  found: OrderWithParties,
  events: OrderEventRow[],
  actor: Actor,
): OrderDetail => ({
  ...toOrder(found, actor),
  events: events.map(toOrderEvent),
});

/** What audit events keep of an order. */
export function toOrderAudit(row: OrderRow) {
  const { createdAt: _created, updatedAt: _updated, ...fields } = row;
  return fields;
}
