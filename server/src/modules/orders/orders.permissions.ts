import type { ProblemCode } from '@zamena/shared/common/problem-codes';
import { ORDER_TRANSITIONS, type OrderSide, type OrderStatus } from '@zamena/shared/orders/orders.schemas';
import { type Actor, isAnalyst } from '../../lib/actor';

/** DESIGN.md §2–3 for orders, as pure functions the service applies. */

export type OrderParties = {
  buyerOrganizationId: string;
  supplierOrganizationId: string;
  postedByOrganizationId: string;
};

/** The caller's side of the order, or null when it is not a party (analysts read without a side). */
export function sideOf(actor: Actor, order: OrderParties): OrderSide | null {
  if (order.supplierOrganizationId === actor.organizationId) return 'supplier';
  if (
    order.buyerOrganizationId === actor.organizationId ||
    order.postedByOrganizationId === actor.organizationId
  )
    return 'buyer';
  return null;
}

export const canSeeOrder = (actor: Actor, order: OrderParties) =>
  isAnalyst(actor) || sideOf(actor, order) !== null;

/** Where the caller may move an order from `status`. */
export const availableTransitions = (side: OrderSide | null, status: OrderStatus): OrderStatus[] =>
  side === null
    ? []
    : ORDER_TRANSITIONS.filter((t) => t.from === status && t.sides.includes(side)).map((t) => t.to);

export type TransitionRefusal = { status: 403 | 409; code: ProblemCode; message: string };

/** Wrong state answers 409; a move that exists for this state but belongs to the other side, 403. */
export function transitionRefusal(
  side: OrderSide | null,
  from: OrderStatus,
  to: OrderStatus,
): TransitionRefusal | null {
  if (side === null) {
    return {
      status: 403,
      code: 'not_order_party',
      message: 'Only the buyer side and the supplier move an order',
    };
  }
  const transition = ORDER_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) {
    return {
      status: 409,
      code: 'invalid_transition',
      message: `An order in status ${from} cannot become ${to}`,
    };
  }
  if (!transition.sides.includes(side)) {
    const other = transition.sides.includes('buyer') ? 'the buyer side' : 'the supplier';
    return { status: 403, code: 'wrong_side', message: `Only ${other} moves an order from ${from} to ${to}` };
  }
  return null;
}
