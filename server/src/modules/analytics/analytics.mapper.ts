import type {
  AnalyticsSummary,
  BottleneckGroup,
  DistrictAnalytics,
  Flow,
  Niche,
  RegionAnalytics,
} from '@zamena/shared/analytics/analytics.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import { NEED_STATUSES, type NeedStatus } from '@zamena/shared/needs/needs.schemas';
import type { FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import type { SupportMeasureRef } from '@zamena/shared/support-measures/support-measures.schemas';
import type { NearSite } from '../sites/sites.service';
import type { BottleneckGroupRow } from './analytics.bottlenecks.repo';
import type { NicheRow } from './analytics.niches.repo';
import type { FlowRow, RegionFactsRow, SummaryFacts } from './analytics.repo';

/** A share to four decimals; null when nothing is divided. */
export const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
const hours = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const money = (value: string) => (value.includes('.') ? value : `${value}.00`);

export function toSummary(facts: SummaryFacts, regionCode: string | null, now: Date): AnalyticsSummary {
  const byStatus = Object.fromEntries(NEED_STATUSES.map((status) => [status, 0])) as Record<
    NeedStatus,
    number
  >;
  for (const { status, count } of facts.needsByStatus) {
    if (status in byStatus) byStatus[status as NeedStatus] = count;
  }
  return {
    scope: { regionCode },
    needs: {
      total: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
      byStatus,
      openValue: money(facts.openValue),
    },
    capabilities: facts.capabilities,
    matching: {
      openNeeds: facts.openNeeds,
      openNeedsMatched: facts.openNeedsMatched,
      matchRate: ratio(facts.openNeedsMatched, facts.openNeeds),
      medianHoursToFirstMatch: hours(facts.medianHoursToFirstMatch),
    },
    orders: {
      count: facts.orders.count,
      value: money(facts.orders.value),
      medianHoursToAcceptance: hours(facts.medianHoursToAcceptance),
      interregionalCount: facts.orders.interregionalCount,
      interregionalValue: money(facts.orders.interregionalValue),
    },
    generatedAt: now.toISOString(),
  };
}

const figures = (row: RegionFactsRow) => ({
  needs: row.needs,
  openNeeds: row.open_needs,
  openValue: money(row.open_value),
  capabilities: row.capabilities,
  matchedShare: ratio(row.open_matched, row.open_needs),
  ordersIn: { count: row.orders_in, value: money(row.orders_in_value) },
  ordersOut: { count: row.orders_out, value: money(row.orders_out_value) },
});

export const toRegionAnalytics = (row: RegionFactsRow): RegionAnalytics => ({
  code: row.code!,
  nameRu: row.name_ru!,
  nameEn: row.name_en!,
  federalDistrict: row.federal_district as FederalDistrict,
  lat: Number(row.lat),
  lon: Number(row.lon),
  ...figures(row),
});

export const toDistrictAnalytics = (row: RegionFactsRow): DistrictAnalytics => ({
  federalDistrict: row.federal_district as FederalDistrict,
  ...figures(row),
});

export const toFlow = (row: FlowRow): Flow => ({
  supplierRegionCode: row.supplier_region,
  buyerRegionCode: row.buyer_region,
  interregional: row.supplier_region !== row.buyer_region,
  orders: row.orders,
  value: money(row.value),
});

export const toBottleneckGroup = (row: BottleneckGroupRow): BottleneckGroup => ({
  okpd2Class: row.okpd2_class,
  okpd2ClassName: row.class_name,
  regionCode: row.region_code,
  count: row.count,
  maxDaysOpen: row.max_days_open,
  needs: (row.items ?? []).map((item) => ({
    id: item.id,
    title: item.title,
    okpd2: item.okpd2,
    quantity: trimDecimal(item.quantity),
    unit: item.unit,
    neededBy: item.needed_by,
    openSince: new Date(item.open_since).toISOString(),
    daysOpen: item.days_open,
    bestScore: item.best_score,
    noDomesticSupplier: item.no_domestic_supplier,
    buyerOrganizationId: item.buyer_organization_id,
  })),
});

export const toNiche = (row: NicheRow, supportMeasures: SupportMeasureRef[], near: NearSite[]): Niche => ({
  okpd2Kind: row.kind,
  okpd2KindName: row.kind_name,
  unit: row.unit,
  needsCount: row.needs_count,
  regionsCount: row.regions_count,
  regionCodes: row.region_codes,
  buyersCount: row.buyers_count,
  totalQuantity: trimDecimal(row.total_quantity),
  totalValue: money(row.total_value),
  earliestNeededBy: row.earliest_needed_by,
  capabilitiesCount: row.capabilities_count,
  matchedCapacity: trimDecimal(row.capacity),
  coverage: Number(row.coverage),
  unmetQuantity: trimDecimal(row.unmet_quantity),
  unmetValue: row.unmet_value === null ? null : money(row.unmet_value),
  lot: row.lot_id ? { id: row.lot_id, status: row.lot_status ?? 'draft' } : null,
  supportMeasures,
  sites: near.map(({ site, proximity, distanceKm }) => ({
    site: {
      id: site.id,
      name: site.name,
      kind: site.kind,
      regionCode: site.regionCode,
      sourceUrl: site.sourceUrl,
    },
    proximity,
    distanceKm,
  })),
});
