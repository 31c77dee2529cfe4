import { randomUUID } from 'node:crypto';
import { bidSchema } from '@zamena/shared/bids/bids.schemas';
import { matchSchema, needMatchListSchema } from '@zamena/shared/matching/matching.schemas';
import { orderSchema, type OrderStatus } from '@zamena/shared/orders/orders.schemas';
import type { DemoApi } from './api';
import { daysAfter, type Catalogue } from './catalogue';
import { NEEDS } from './data/catalogue';
import { BIDS, REVIEWS, type DemoBid } from './data/deals';
import { partyOf, type Cast, type Party } from './organizations';

/** The moves that take a new order to each status, and the side that makes each one (DESIGN.md §2). */
const PATHS: Record<OrderStatus, { to: OrderStatus; by: 'buyer' | 'supplier'; note: string }[]> = {
  confirmed: [],
  in_production: [{ to: 'in_production', by: 'supplier', note: 'Партия запущена в производство' }],
  shipped: [
    { to: 'in_production', by: 'supplier', note: 'Партия запущена в производство' },
    { to: 'shipped', by: 'supplier', note: 'Отгружено транспортной компанией, документы в приложении' },
  ],
  delivered: [
    { to: 'in_production', by: 'supplier', note: 'Партия запущена в производство' },
    { to: 'shipped', by: 'supplier', note: 'Отгружено транспортной компанией' },
    { to: 'delivered', by: 'buyer', note: 'Получено на склад, входной контроль начат' },
  ],
  completed: [
    { to: 'in_production', by: 'supplier', note: 'Партия запущена в производство' },
    { to: 'shipped', by: 'supplier', note: 'Отгружено транспортной компанией' },
    { to: 'delivered', by: 'buyer', note: 'Получено на склад' },
    { to: 'completed', by: 'buyer', note: 'Входной контроль пройден, претензий нет' },
  ],
  cancelled: [{ to: 'cancelled', by: 'buyer', note: '' }],
  disputed: [
    { to: 'in_production', by: 'supplier', note: 'Партия запущена в производство' },
    { to: 'shipped', by: 'supplier', note: 'Отгружено транспортной компанией' },
    { to: 'disputed', by: 'buyer', note: '' },
  ],
};

function needOf(key: string) {
  const need = NEEDS.find((candidate) => candidate.key === key);
  if (!need) throw new Error(`the demo data names an unknown need: ${key}`);
  return need;
}

/** The buyer side that decides on bids: the centre that posted the need, or the buyer itself. */
const buyerSideOf = (cast: Cast, needKey: string): Party => {
  const need = needOf(needKey);
  return partyOf(cast, need.postedBy ?? need.buyer);
};

async function settleBid(api: DemoApi, cast: Cast, deal: DemoBid, bidId: string, maker: Party) {
  const buyer = buyerSideOf(cast, deal.need);
  if (deal.outcome === 'submitted') return;
  if (deal.outcome === 'rejected') {
    await api(bidSchema, 'POST', `/bids/${bidId}/reject`, buyer.token, { reason: deal.note ?? '' });
    return;
  }
  const order = await api(orderSchema, 'POST', `/bids/${bidId}/accept`, buyer.token, undefined, {
    'idempotency-key': randomUUID(),
  });
  for (const step of PATHS[deal.outcome]) {
    const actor = step.by === 'buyer' ? buyer : maker;
    await api(orderSchema, 'POST', `/orders/${order.id}/transitions`, actor.token, {
      to: step.to,
      note: step.note || deal.note || '',
    });
  }
}

/** Bids on needs, then each one's fate: accepted and moved along its order's life, rejected, or waiting. */
export async function makeDeals(
  api: DemoApi,
  cast: Cast,
  needs: ReadonlyMap<string, string>,
  capabilities: Catalogue,
  today: Date,
) {
  for (const deal of BIDS) {
    const maker = partyOf(cast, deal.maker);
    const bid = await api(bidSchema, 'POST', `/needs/${needs.get(deal.need)}/bids`, maker.token, {
      unitPrice: deal.unitPrice,
      quantity: deal.quantity ?? needOf(deal.need).quantity,
      leadTimeDays: deal.leadTimeDays,
      validUntil: daysAfter(today, 30),
      comment: deal.comment,
      ...(deal.capability ? { capabilityId: capabilities.get(deal.capability) } : {}),
    });
    await settleBid(api, cast, deal, bid.id, maker);
  }
}

/** The analyst's verdicts on matches the engine made (a need's match with the named manufacturer). */
export async function reviewMatches(api: DemoApi, cast: Cast, needs: ReadonlyMap<string, string>) {
  for (const review of REVIEWS) {
    const { items } = await api(
      needMatchListSchema,
      'GET',
      `/needs/${needs.get(review.need)}/matches`,
      cast.analyst.token,
    );
    const maker = partyOf(cast, review.maker).organizationId;
    const match = items.find((item) => item.manufacturerOrganizationId === maker);
    if (!match) throw new Error(`matching found no ${review.maker} for the need ${review.need}`);
    await api(matchSchema, 'POST', `/matches/${match.id}/review`, cast.analyst.token, {
      decision: review.decision,
      reason: review.reason,
    });
  }
}
