import { z } from 'zod';
import { booleanQuery, itemsOf, text, uuid } from '../common/common.schemas';
import { okpd2ValueSchema, regionCodeSchema } from '../reference/reference.schemas';

/** Special economic zone, technopark, industrial park, industrial cluster (DESIGN.md §5). */
export const SITE_KINDS = ['sez', 'technopark', 'industrial_park', 'cluster'] as const;
export const siteKindSchema = z.enum(SITE_KINDS);
export type SiteKind = z.infer<typeof siteKindSchema>;

const urlSchema = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
  .max(500, { message: 'must be at most 500 characters' });

/** Fields an association member writes; no defaults, so the partial update never invents values. */
const siteFields = {
  name: text(3, 300),
  kind: siteKindSchema,
  regionCode: regionCodeSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Specialization: OKPD2 codes; a code covers every code under it. */
  okpd2Prefixes: z.array(okpd2ValueSchema).max(100),
  /** What residents get (tax regime, infrastructure), as text. */
  benefits: text(0, 5000),
  sourceUrl: urlSchema.nullable(),
  active: z.boolean(),
};

export const createSiteSchema = z.object({
  ...siteFields,
  okpd2Prefixes: siteFields.okpd2Prefixes.default([]),
  benefits: siteFields.benefits.default(''),
  sourceUrl: siteFields.sourceUrl.default(null),
  active: siteFields.active.default(true),
});
export type CreateSiteInput = z.input<typeof createSiteSchema>;
export type CreateSite = z.output<typeof createSiteSchema>;

export const updateSiteSchema = z
  .object(siteFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type UpdateSite = z.infer<typeof updateSiteSchema>;

export const siteSchema = z.object({
  id: uuid,
  name: z.string(),
  kind: siteKindSchema,
  regionCode: z.string(),
  lat: z.number(),
  lon: z.number(),
  okpd2Prefixes: z.array(z.string()),
  benefits: z.string(),
  sourceUrl: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Site = z.infer<typeof siteSchema>;

/** Where a site stands to the regions with demand: in one of them, or in the federal district of one. */
export const siteProximitySchema = z.enum(['same_region', 'same_district']);

/** A site near a niche's demand (GET /analytics/niches): enough to name it and say how near it is. */
export const nearSiteRefSchema = z.object({
  site: siteSchema.pick({ id: true, name: true, kind: true, regionCode: true, sourceUrl: true }),
  proximity: siteProximitySchema,
  /** To the nearest demand region's administrative centre, rounded. */
  distanceKm: z.number().int(),
});
export type NearSiteRef = z.infer<typeof nearSiteRefSchema>;

export const siteListSchema = itemsOf(siteSchema);
export type SiteList = z.infer<typeof siteListSchema>;

/**
 * GET /sites: `okpd2` keeps the sites whose specialization covers the code or is covered by it;
 * inactive sites only for association members who ask (`active=false`).
 */
export const siteListQuerySchema = z.object({
  kind: siteKindSchema.optional(),
  region: regionCodeSchema.optional(),
  okpd2: okpd2ValueSchema.optional(),
  active: booleanQuery.optional(),
});
export type SiteListQuery = z.infer<typeof siteListQuerySchema>;

/** Residency: declared by the organization, verified (or refused) by the association. */
export const RESIDENCY_STATUSES = ['pending', 'verified', 'refused'] as const;
export const residencyStatusSchema = z.enum(RESIDENCY_STATUSES);
export type ResidencyStatus = z.infer<typeof residencyStatusSchema>;

export const residencySchema = z.object({
  id: uuid,
  organizationId: uuid,
  organizationName: z.string(),
  site: siteSchema.pick({ id: true, name: true, kind: true, regionCode: true }),
  status: residencyStatusSchema,
  /** The association's reason for a refusal. */
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Residency = z.infer<typeof residencySchema>;
export const residencyListSchema = itemsOf(residencySchema);
export type ResidencyList = z.infer<typeof residencyListSchema>;

export const declareResidencySchema = z.object({ siteId: uuid });
export type DeclareResidency = z.infer<typeof declareResidencySchema>;

export const residencyQueueQuerySchema = z.object({ status: residencyStatusSchema.default('pending') });
export type ResidencyQueueQuery = z.infer<typeof residencyQueueQuerySchema>;

/** A refusal needs a reason the organization can act on. */
export const residencyDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('verify'), reason: text(0, 1000).default('') }),
  z.object({ decision: z.literal('refuse'), reason: text(3, 1000) }),
]);
export type ResidencyDecision = z.output<typeof residencyDecisionSchema>;
