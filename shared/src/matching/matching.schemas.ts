import { z } from 'zod';
import { paginated, text, uuid } from '../common/common.schemas';
import { organizationRefSchema } from '../organizations/organizations.schemas';
import { federalDistrictSchema, okpd2ValueSchema, regionCodeSchema } from '../reference/reference.schemas';

/** Analyst review of a match (DESIGN.md §2); decisions are kept as labelled data. */
export const MATCH_STATUSES = ['proposed', 'approved', 'dismissed'] as const;
export const matchStatusSchema = z.enum(MATCH_STATUSES);
export type MatchStatus = z.infer<typeof matchStatusSchema>;

/** The score's parts, each in [0, 1] (DESIGN.md §4, step 2). */
export const matchComponentsSchema = z.object({
  classification: z.number(),
  text: z.number(),
  capacity: z.number(),
  leadTime: z.number(),
  distance: z.number(),
  trust: z.number(),
});
export type MatchComponents = z.infer<typeof matchComponentsSchema>;
export type MatchComponent = keyof MatchComponents;

/** What a capability's view shows of the need it fits. */
export const matchNeedSummarySchema = z.object({
  id: uuid,
  title: z.string(),
  okpd2: z.string(),
  quantity: z.string(),
  unit: z.string(),
  neededBy: z.string(),
  deliveryRegionCode: z.string(),
  critical: z.boolean(),
  status: z.string(),
  buyer: organizationRefSchema,
});

export const matchCapabilitySummarySchema = z.object({
  id: uuid,
  title: z.string(),
  okpd2: z.array(z.string()),
  leadTimeDays: z.number().int(),
});

export const matchSchema = z.object({
  id: uuid,
  needId: uuid,
  capabilityId: uuid,
  manufacturerOrganizationId: uuid,
  manufacturer: organizationRefSchema,
  need: matchNeedSummarySchema,
  capability: matchCapabilitySummarySchema,
  /** In [0, 1], four decimals. */
  score: z.number(),
  components: matchComponentsSchema,
  /** The manufacturer is in another region than the delivery region. */
  interregional: z.boolean(),
  /** Great-circle distance between the two administrative centres. */
  distanceKm: z.number().int(),
  status: matchStatusSchema,
  reviewReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Match = z.infer<typeof matchSchema>;

export const matchListSchema = z.object({ items: z.array(matchSchema) });
export type MatchList = z.infer<typeof matchListSchema>;

/** "proposed" or "approved,dismissed". */
const statusList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((s) => s.trim()))])
  .pipe(z.array(matchStatusSchema).min(1).max(MATCH_STATUSES.length));

export const MATCH_SORTS = ['score', 'date'] as const;

/** The analysts' review queue: filters apply to the need (delivery region, its OKPD2 code). */
export const matchQueueQuerySchema = z.object({
  status: statusList.optional(),
  region: regionCodeSchema.optional(),
  district: federalDistrictSchema.optional(),
  okpd2: okpd2ValueSchema.optional(),
  minScore: z.coerce.number().min(0).max(1).optional(),
  /** Best first (default) or newest first. */
  sort: z.enum(MATCH_SORTS).default('score'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type MatchQueueQuery = z.infer<typeof matchQueueQuerySchema>;

export const matchPageSchema = paginated(matchSchema);
export type MatchPage = z.infer<typeof matchPageSchema>;

export const matchReviewSchema = z
  .object({
    decision: z.enum(['approve', 'dismiss']),
    reason: text(0, 1000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'dismiss' && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the match is dismissed' });
    }
  });
export type MatchReview = z.infer<typeof matchReviewSchema>;
