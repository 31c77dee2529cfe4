import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { DigestLot, DigestNeed, Subscription } from '@zamena/shared/subscriptions/subscriptions.schemas';
import type { FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import type { DigestLotRow, DigestNeedRow } from './subscriptions.digest.repo';
import type { SubscriptionRow } from './subscriptions.repo';

export const toSubscription = (row: SubscriptionRow): Subscription => ({
  id: row.id,
  okpd2Prefixes: row.okpd2Prefixes,
  regionCodes: row.regionCodes,
  // Written only through the shared schema's district list.
  districts: row.districts as FederalDistrict[],
  words: row.words,
  digest: row.digest === 'off' ? 'off' : 'daily',
  lastDigestAt: row.lastDigestAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

// Open needs have these fields (the needs_complete_unless_draft check); the fallbacks only satisfy types.
export const toDigestNeed = (row: DigestNeedRow): DigestNeed => ({
  id: row.id,
  title: row.title,
  okpd2: row.okpd2 ?? '',
  quantity: trimDecimal(row.quantity ?? ''),
  unit: row.unit ?? '',
  deliveryRegionCode: row.deliveryRegionCode ?? '',
  neededBy: row.neededBy ?? '',
  publishedAt: row.publishedAt?.toISOString() ?? '',
});

export const toDigestLot = (row: DigestLotRow): DigestLot => ({
  ...row,
  totalQuantity: trimDecimal(row.totalQuantity),
  publishedAt: row.publishedAt?.toISOString() ?? '',
});
