import { z } from 'zod';
import type { NeedStatus } from '../needs/needs.schemas';
import { federalDistrictSchema, okpd2ValueSchema, regionCodeSchema } from '../reference/reference.schemas';
import { nearSiteRefSchema } from '../sites/sites.schemas';
import { supportMeasureRefSchema } from '../support-measures/support-measures.schemas';

/**
 * The analyst workspace (DESIGN.md §5). Associations and admins see the whole country, or one region
 * with `region`; a verified centre sees its own region only (another region answers 404).
 * Money and quantities are decimal strings; shares and medians are numbers.
 */
export const analyticsQuerySchema = z.object({ region: regionCodeSchema.optional() });
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

const scopeSchema = z.object({
  /** The region the figures are limited to; null: the whole country. */
  regionCode: z.string().nullable(),
});

const count = z.number().int();

/** Share in [0, 1] (four decimals); null when there is nothing to divide by. */
const share = z.number().min(0).max(1).nullable();

export const analyticsSummarySchema = z.object({
  scope: scopeSchema,
  needs: z.object({
    /** Needs delivered to the scope. */
    total: z.number().int(),
    byStatus: z.object({
      draft: count,
      open: count,
      awarded: count,
      closed: count,
      cancelled: count,
      expired: count,
    }) satisfies z.ZodType<Record<NeedStatus, number>>,
    /** Open needs' quantity × target unit price, where a price is named. */
    openValue: z.string(),
  }),
  capabilities: z.object({
    /** Active capabilities of manufacturers in the scope. */
    active: z.number().int(),
    manufacturers: z.number().int(),
  }),
  matching: z.object({
    openNeeds: z.number().int(),
    openNeedsMatched: z.number().int(),
    /** Share of open needs with at least one match (not dismissed). */
    matchRate: share,
    /** From publication to the first match, over the needs that have one. */
    medianHoursToFirstMatch: z.number().nullable(),
  }),
  orders: z.object({
    /** Orders (accepted bids, not cancelled) of buyers in the scope. */
    count: z.number().int(),
    value: z.string(),
    /** From publication to the first accepted bid, over the needs that have an order. */
    medianHoursToAcceptance: z.number().nullable(),
    /** Placed with suppliers of another region than the buyer's. */
    interregionalCount: z.number().int(),
    interregionalValue: z.string(),
  }),
  generatedAt: z.string(),
});
export type AnalyticsSummary = z.infer<typeof analyticsSummarySchema>;

const regionFigures = {
  /** Needs delivered there, drafts excluded. */
  needs: z.number().int(),
  openNeeds: z.number().int(),
  openValue: z.string(),
  /** Active capabilities of manufacturers there. */
  capabilities: z.number().int(),
  /** Share of its open needs with at least one match. */
  matchedShare: share,
  /** Orders bought there (by buyers of the region) and supplied from there. */
  ordersIn: z.object({ count: z.number().int(), value: z.string() }),
  ordersOut: z.object({ count: z.number().int(), value: z.string() }),
};

export const regionAnalyticsSchema = z.object({
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  federalDistrict: federalDistrictSchema,
  lat: z.number(),
  lon: z.number(),
  ...regionFigures,
});
export type RegionAnalytics = z.infer<typeof regionAnalyticsSchema>;

export const districtAnalyticsSchema = z.object({ federalDistrict: federalDistrictSchema, ...regionFigures });
export type DistrictAnalytics = z.infer<typeof districtAnalyticsSchema>;

export const analyticsRegionsSchema = z.object({
  scope: scopeSchema,
  regions: z.array(regionAnalyticsSchema),
  /** Federal districts; empty when the scope is one region (a district total would show other regions). */
  districts: z.array(districtAnalyticsSchema),
});
export type AnalyticsRegions = z.infer<typeof analyticsRegionsSchema>;

/** Goods flow from the supplier's region to the buyer's: accepted orders only, never bids or matches. */
export const flowSchema = z.object({
  supplierRegionCode: z.string(),
  buyerRegionCode: z.string(),
  interregional: z.boolean(),
  orders: z.number().int(),
  value: z.string(),
});
export type Flow = z.infer<typeof flowSchema>;

export const analyticsFlowsSchema = z.object({
  scope: scopeSchema,
  /** Largest value first. */
  flows: z.array(flowSchema),
});
export type AnalyticsFlows = z.infer<typeof analyticsFlowsSchema>;

export const bottleneckQuerySchema = analyticsQuerySchema.extend({
  /** Limit to an OKPD2 class (`28`) or deeper. */
  okpd2: okpd2ValueSchema.optional(),
  /** Groups, largest first. */
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Needs listed per group, longest open first (the count covers them all). */
  itemsPerGroup: z.coerce.number().int().min(0).max(100).default(10),
});
export type BottleneckQuery = z.infer<typeof bottleneckQuerySchema>;

export const bottleneckNeedSchema = z.object({
  id: z.string(),
  title: z.string(),
  okpd2: z.string(),
  quantity: z.string(),
  unit: z.string(),
  neededBy: z.string(),
  /** Published (or created, for needs without a publication time) at. */
  openSince: z.string(),
  daysOpen: z.number().int(),
  /** Best score of its possible matches (none is strong); null without any. */
  bestScore: z.number().nullable(),
  /** Matching looked at it and found no strong match: nobody in the country makes it (a gap). */
  noDomesticSupplier: z.boolean(),
  buyerOrganizationId: z.string(),
});
export type BottleneckNeed = z.infer<typeof bottleneckNeedSchema>;

export const bottleneckGroupSchema = z.object({
  /** OKPD2 class: two digits. */
  okpd2Class: z.string(),
  okpd2ClassName: z.string().nullable(),
  regionCode: z.string(),
  count: z.number().int(),
  maxDaysOpen: z.number().int(),
  needs: z.array(bottleneckNeedSchema),
});
export type BottleneckGroup = z.infer<typeof bottleneckGroupSchema>;

export const analyticsBottlenecksSchema = z.object({
  scope: scopeSchema,
  /**
   * Open needs without a strong match and without a live or accepted bid: every need with no domestic
   * supplier, and critical needs published this many days ago or earlier.
   */
  afterDays: z.number().int(),
  totalNeeds: z.number().int(),
  totalGroups: z.number().int(),
  groups: z.array(bottleneckGroupSchema),
});
export type AnalyticsBottlenecks = z.infer<typeof analyticsBottlenecksSchema>;

export const nicheQuerySchema = analyticsQuerySchema.extend({
  okpd2: okpd2ValueSchema.optional(),
  /** "Few" domestic capabilities: at most this many cover the kind. */
  maxCapabilities: z.coerce.number().int().min(0).max(1000).default(3),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type NicheQuery = z.infer<typeof nicheQuerySchema>;

export const nicheSchema = z.object({
  okpd2Kind: z.string(),
  okpd2KindName: z.string().nullable(),
  unit: z.string(),
  needsCount: z.number().int(),
  regionsCount: z.number().int(),
  regionCodes: z.array(z.string()),
  buyersCount: z.number().int(),
  totalQuantity: z.string(),
  totalValue: z.string(),
  earliestNeededBy: z.string(),
  /** Capabilities (active, same unit) covering the kind or matched to its needs, and their monthly capacity. */
  capabilitiesCount: z.number().int(),
  matchedCapacity: z.string(),
  coverage: z.number(),
  /** Demand not covered by the capacity until the earliest needed-by date. */
  unmetQuantity: z.string(),
  /** unmetQuantity × the average target price; null when no need names a price. The ranking key. */
  unmetValue: z.string().nullable(),
  /** The live lot of this kind and unit, when its needs span two regions. */
  lot: z.object({ id: z.string(), status: z.string() }).nullable(),
  supportMeasures: z.array(supportMeasureRefSchema),
  /** A few sites of a fitting specialization in the demand regions, then in their federal districts, nearest first. */
  sites: z.array(nearSiteRefSchema),
});
export type Niche = z.infer<typeof nicheSchema>;

export const analyticsNichesSchema = z.object({
  scope: scopeSchema,
  /**
   * When the figures were computed: country-wide they come from the last lot rebuild (scheduled, or
   * POST /lots/rebuild; null before the first one); for one region they are computed on request.
   */
  asOf: z.string().nullable(),
  maxCapabilities: z.number().int(),
  /** Largest unmet value first; kinds without prices follow, by unmet quantity. */
  items: z.array(nicheSchema),
});
export type AnalyticsNiches = z.infer<typeof analyticsNichesSchema>;

/** GET /analytics/niches/export.xlsx: the same ranking, more rows. */
export const nicheExportQuerySchema = nicheQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
export type NicheExportQuery = z.infer<typeof nicheExportQuerySchema>;
