import type { OrderDetail } from '@zamena/shared/orders/orders.schemas';
import type { DbExecutor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { toOrderDetail } from './order.mapper';
import { createOrderDeliveriesRepo } from './order-deliveries.repo';
import { createOrdersRepo } from './orders.repo';

/** The order page's read: the order, its timeline, deliveries with their sums, and the rating. */
export async function loadOrderDetail(db: DbExecutor, id: string, actor: Actor): Promise<OrderDetail> {
  const orders = createOrdersRepo(db);
  const deliveries = createOrderDeliveriesRepo(db);
  // One after another: inside a transaction they share one connection, which runs a query at a time.
  const found = await orders.findById(id);
  const events = await orders.events(id);
  const list = await deliveries.list(id);
  const fulfilment = await deliveries.fulfilment(id);
  const rating = await deliveries.rating(id);
  return toOrderDetail({ found: found!, events, deliveries: list, fulfilment, rating }, actor);
}
