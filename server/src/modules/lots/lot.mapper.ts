import { trimDecimal } from '@zamena/shared/domain/decimal';
import type {
  Lot,
  LotBid,
  LotLine,
  LotNeed,
  LotOrder,
  LotRebuild,
  LotRebuildStats,
} from '@zamena/shared/lots/lots.schemas';
import type { SupportMeasureRef } from '@zamena/shared/support-measures/support-measures.schemas';
import { priceOf, toTerms } from '../bids/bid.mapper';
import { toOrganizationRef } from '../organizations/organization.mapper';
import type { LotOrderRow } from './lot-awards.repo';
import type { LotBidWithBidder } from './lot-bids.repo';
import type { LotRebuildRow } from './lot-rebuilds.repo';
import type { LotLineRow, LotNeedRow, LotWithKind } from './lots.repo';

export function toLot({ lot, kindName }: LotWithKind, supportMeasures: SupportMeasureRef[]): Lot {
  return {
    id: lot.id,
    okpd2Kind: lot.okpd2Kind,
    okpd2KindName: kindName,
    productName: lot.productName,
    unit: lot.unit,
    status: lot.status as Lot['status'],
    needsCount: lot.needsCount,
    totalQuantity: trimDecimal(lot.totalQuantity),
    totalValue: lot.totalValue,
    pricedNeedsCount: lot.pricedNeedsCount,
    regionsCount: lot.regionsCount,
    regionCodes: lot.regionCodes,
    buyersCount: lot.buyersCount,
    earliestNeededBy: lot.earliestNeededBy,
    matchedCapacity: trimDecimal(lot.matchedCapacity),
    capabilitiesCount: lot.capabilitiesCount,
    coverage: Number(lot.coverage),
    publishedAt: lot.publishedAt?.toISOString() ?? null,
    archivedAt: lot.archivedAt?.toISOString() ?? null,
    awardedAt: lot.awardedAt?.toISOString() ?? null,
    createdAt: lot.createdAt.toISOString(),
    updatedAt: lot.updatedAt.toISOString(),
    supportMeasures,
  };
}

export const toLotNeed = ({ need, buyer }: LotNeedRow): LotNeed => ({
  id: need.id,
  title: need.title,
  okpd2: need.okpd2,
  quantity: trimDecimal(need.quantity),
  unit: need.unit,
  targetUnitPrice: need.targetUnitPrice,
  neededBy: need.neededBy,
  deliveryRegionCode: need.deliveryRegionCode,
  critical: need.critical,
  status: need.status,
  buyer: toOrganizationRef(buyer),
  line: need.line,
});

export const toLotLine = (line: LotLineRow): LotLine => ({
  key: line.key,
  name: line.name,
  quantity: trimDecimal(line.quantity),
  needsCount: line.needsCount,
});

export function toLotBid({ bid, bidder }: LotBidWithBidder): LotBid {
  const breakdown = priceOf(bid);
  return {
    id: bid.id,
    lotId: bid.lotId,
    bidderOrganizationId: bid.bidderOrganizationId,
    bidder: toOrganizationRef(bidder),
    unitPrice: bid.unitPrice,
    linePrices: bid.linePrices ?? [],
    quantity: trimDecimal(bid.quantity),
    total: bid.total,
    leadTimeDays: bid.leadTimeDays,
    validUntil: bid.validUntil,
    comment: bid.comment,
    terms: toTerms(bid),
    deliveredUnitPriceWithVat: breakdown?.deliveredUnitPriceWithVat ?? null,
    priceBreakdown: breakdown,
    status: bid.status as LotBid['status'],
    createdAt: bid.createdAt.toISOString(),
    updatedAt: bid.updatedAt.toISOString(),
  };
}

export const toLotRebuild = (row: LotRebuildRow): LotRebuild => ({
  id: row.id,
  trigger: row.trigger as LotRebuild['trigger'],
  status: row.status as LotRebuild['status'],
  stats: (row.stats as LotRebuildStats | null) ?? null,
  error: row.error,
  createdAt: row.createdAt.toISOString(),
  startedAt: row.startedAt?.toISOString() ?? null,
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

export const toLotOrder = ({ order, needTitle, buyer, supplier }: LotOrderRow): LotOrder => ({
  id: order.id,
  // Set on every order a lot award makes (orders_source_check).
  lotBidId: order.lotBidId!,
  needId: order.needId,
  needTitle,
  buyer: toOrganizationRef(buyer),
  supplier: toOrganizationRef(supplier),
  quantity: trimDecimal(order.quantity),
  unitPrice: order.unitPrice,
  total: order.total,
  status: order.status,
});
