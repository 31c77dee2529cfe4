import type { OrderAbilities } from '@zamena/shared/orders/order-deliveries.schemas';
import type { OrderSide, OrderStatus } from '@zamena/shared/orders/orders.schemas';
import { isPositiveDecimal } from '@zamena/shared/domain/decimal';

/**
 * How deliveries move an order (DESIGN.md §2 lifecycle, issue 22): the first shipment makes a
 * confirmed or in-production order `shipped`; the first acceptance makes it `delivered` (delivered in
 * part while something remains); the acceptance that brings the accepted sum to the order's quantity
 * makes it `completed`. The status never goes back: the deliveries list tells what is in transit.
 */
export const SHIPPING_STATUSES: readonly OrderStatus[] = [
  'confirmed',
  'in_production',
  'shipped',
  'delivered',
];
export const ACCEPTING_STATUSES: readonly OrderStatus[] = ['shipped', 'delivered'];

const DELIVERY_DRIVEN: readonly OrderStatus[] = ['shipped', 'delivered', 'completed'];

/**
 * Once a shipment is recorded, the deliveries move the order to shipped, delivered and completed;
 * the manual moves to them stay for orders run without recorded deliveries, and for the buyer's
 * settling of a dispute.
 */
export const drivenByDeliveries = (from: OrderStatus, to: OrderStatus, hasDeliveries: boolean) =>
  hasDeliveries && from !== 'disputed' && DELIVERY_DRIVEN.includes(to);

export const statusAfterShipment = (status: OrderStatus): OrderStatus =>
  status === 'confirmed' || status === 'in_production' ? 'shipped' : status;

/** `toAccept`: what remains unaccepted after this acceptance, a decimal string. */
export const statusAfterAcceptance = (status: OrderStatus, toAccept: string): OrderStatus =>
  !isPositiveDecimal(toAccept) ? 'completed' : status === 'shipped' ? 'delivered' : status;

export function abilities(
  side: OrderSide | null,
  status: OrderStatus,
  state: { toShip: string; pending: boolean; rated: boolean },
): OrderAbilities {
  return {
    recordDelivery:
      side === 'supplier' && SHIPPING_STATUSES.includes(status) && isPositiveDecimal(state.toShip),
    acceptDeliveries: side === 'buyer' && ACCEPTING_STATUSES.includes(status) && state.pending,
    rate: side === 'buyer' && status === 'completed' && !state.rated,
  };
}
