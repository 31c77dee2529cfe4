import { compareDecimals, trimDecimal } from '@zamena/shared/domain/decimal';
import type { OrderDelivery, OrderRating } from '@zamena/shared/orders/order-deliveries.schemas';
import type { Order, OrderDetail, OrderEvent, OrderStatus } from '@zamena/shared/orders/orders.schemas';
import type { Actor } from '../../lib/actor';
import { priceOf, toTerms } from '../bids/bid.mapper';
import { toOrganizationRef } from '../organizations/organization.mapper';
import type { FulfilmentRow, OrderDeliveryRow, OrderRatingRow } from './order-deliveries.repo';
import { abilities, drivenByDeliveries } from './order-deliveries.rules';
import { availableTransitions, sideOf } from './orders.permissions';
import type { OrderEventRow, OrderRow, OrderWithParties } from './orders.repo';

/**
 * The terms the order carries from the bid it was made from: a need bid's whole, a lot bid's with the
 * schedule only when the order takes the bid's whole quantity (a share of it has no schedule of its own).
 */
function orderTerms({ order, bidTerms, lotBidTerms }: OrderWithParties) {
  const source = bidTerms ?? lotBidTerms;
  if (!source?.quantity || source.leadTimeDays === null) return null;
  const row = { ...source, quantity: source.quantity, leadTimeDays: source.leadTimeDays };
  const whole = compareDecimals(order.quantity, row.quantity) === 0;
  const terms = toTerms({ ...row, schedule: whole ? row.schedule : null });
  const price = priceOf({ ...row, unitPrice: order.unitPrice });
  return {
    leadTimeDays: row.leadTimeDays,
    terms,
    deliveredUnitPriceWithVat: price?.deliveredUnitPriceWithVat ?? null,
  };
}

/** Contacts travel with the order: both sides see each other's once it exists (DESIGN.md §3). */
export function toOrder(found: OrderWithParties, actor: Actor): Order {
  const { order, need, buyer, supplier } = found;
  const side = sideOf(actor, { ...order, postedByOrganizationId: need.postedByOrganizationId });
  const agreed = orderTerms(found);
  return {
    id: order.id,
    needId: order.needId,
    bidId: order.bidId,
    lotId: order.lotId,
    protocolId: order.protocolId,
    protocolNumber: found.protocolNumber,
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
    leadTimeDays: agreed?.leadTimeDays ?? null,
    terms: agreed?.terms ?? null,
    deliveredUnitPriceWithVat: agreed?.deliveredUnitPriceWithVat ?? null,
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

export const toOrderDelivery = (row: OrderDeliveryRow): OrderDelivery => ({
  id: row.id,
  quantity: trimDecimal(row.quantity),
  shippedAt: row.shippedAt,
  note: row.note,
  acceptedQuantity: row.acceptedQuantity === null ? null : trimDecimal(row.acceptedQuantity),
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export const toOrderRating = (row: OrderRatingRow): OrderRating => ({
  onTime: row.onTime,
  quality: row.quality,
  communication: row.communication,
  comment: row.comment,
  createdAt: row.createdAt.toISOString(),
});

/** Everything the order page shows, read in one transaction or snapshot by the caller. */
export type OrderDetailParts = {
  found: OrderWithParties;
  events: OrderEventRow[];
  deliveries: OrderDeliveryRow[];
  fulfilment: FulfilmentRow;
  rating: OrderRatingRow | undefined;
};

export function toOrderDetail(parts: OrderDetailParts, actor: Actor): OrderDetail {
  const { found, events, deliveries, fulfilment, rating } = parts;
  const order = toOrder(found, actor);
  const side = sideOf(actor, order);
  return {
    ...order,
    availableTransitions: order.availableTransitions.filter(
      (to) => !drivenByDeliveries(order.status, to, deliveries.length > 0),
    ),
    events: events.map(toOrderEvent),
    deliveries: deliveries.map(toOrderDelivery),
    fulfilment: {
      shipped: trimDecimal(fulfilment.shipped),
      accepted: trimDecimal(fulfilment.accepted),
      toShip: trimDecimal(fulfilment.toShip),
      toAccept: trimDecimal(fulfilment.toAccept),
    },
    rating: rating ? toOrderRating(rating) : null,
    can: abilities(side, order.status, {
      toShip: fulfilment.toShip,
      pending: deliveries.some((d) => d.acceptedQuantity === null),
      rated: rating !== undefined,
    }),
  };
}

/** What audit events keep of an order. */
export function toOrderAudit(row: OrderRow) {
  const { createdAt: _created, updatedAt: _updated, ...fields } = row;
  return fields;
}
