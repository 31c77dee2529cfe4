import { z } from 'zod';
import { federalDistrictSchema } from '../reference/reference.schemas';
import { siteProximitySchema, siteSchema } from '../sites/sites.schemas';
import { supportMeasureRefSchema } from '../support-measures/support-measures.schemas';

/** One demand region of a lot: its pooled needs' quantity and value (decimal strings). */
export const demandRegionSchema = z.object({
  regionCode: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  federalDistrict: federalDistrictSchema,
  needsCount: z.number().int(),
  buyersCount: z.number().int(),
  /** Sum of the pooled needs' quantities in the lot's unit: the demand a plant would serve in a year. */
  quantity: z.string(),
  /** Sum of quantity × target unit price over the needs that name a price. */
  value: z.string(),
  earliestNeededBy: z.string(),
});
export type DemandRegion = z.infer<typeof demandRegionSchema>;

/** Target unit prices the buyers named (roubles, decimal strings); the median of an even count is the mean of the middle two. */
export const priceRangeSchema = z.object({
  min: z.string(),
  median: z.string(),
  max: z.string(),
  pricedNeedsCount: z.number().int(),
});
export type PriceRange = z.infer<typeof priceRangeSchema>;

export const nearSiteSchema = z.object({
  site: siteSchema,
  /** In a demand region, or in the federal district of one. */
  proximity: siteProximitySchema,
  /** To the nearest demand region's administrative centre, rounded. */
  distanceKm: z.number().int(),
});
export type NearSite = z.infer<typeof nearSiteSchema>;

/**
 * `GET /lots/:id/investment-case`: the lot offered to an investor (DESIGN.md §5, issue 23) — pooled
 * demand by region, price range, current coverage, applicable support measures and nearby sites.
 */
export const investmentCaseSchema = z.object({
  lot: z.object({
    id: z.string(),
    okpd2Kind: z.string(),
    okpd2KindName: z.string().nullable(),
    unit: z.string(),
    status: z.string(),
    needsCount: z.number().int(),
    totalQuantity: z.string(),
    totalValue: z.string(),
    earliestNeededBy: z.string(),
  }),
  demandByRegion: z.array(demandRegionSchema),
  /** Null when no pooled need names a price. */
  priceRange: priceRangeSchema.nullable(),
  coverage: z.object({
    /** Monthly capacity of the matched capabilities, in the lot's unit. */
    matchedCapacity: z.string(),
    capabilitiesCount: z.number().int(),
    /** Capacity until the earliest needed-by ÷ demand (1 = met in time). */
    ratio: z.number(),
  }),
  supportMeasures: z.array(supportMeasureRefSchema),
  sites: z.array(nearSiteSchema),
  generatedAt: z.string(),
});
export type InvestmentCase = z.infer<typeof investmentCaseSchema>;
