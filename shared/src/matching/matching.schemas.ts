import { z } from 'zod';
import { paginated, text, uuid } from '../common/common.schemas';
import { organizationRefSchema } from '../organizations/organizations.schemas';
import { federalDistrictSchema, okpd2ValueSchema, regionCodeSchema } from '../reference/reference.schemas';

/** Analyst review of a match (DESIGN.md §2); decisions are kept as labelled data. */
export const MATCH_STATUSES = ['proposed', 'approved', 'dismissed'] as const;
export const matchStatusSchema = z.enum(MATCH_STATUSES);
export type MatchStatus = z.infer<typeof matchStatusSchema>;

/**
 * The evidence behind a match and its fit, each in [0, 1] (DESIGN.md §4, steps 2–3). Relevance: the
 * need's terms the capability covers (`terms`), whether their head nouns meet (`head`), the foreign
 * part numbers (`partNumber`: 1 the same, 0.8 its series), a designation in common (`designation`), no
 * size or attribute ruling it out (`attributes`), the OKPD2 prior (`classification`). Fit, among
 * relevant ones: `capacity` by the needed-by date, `leadTime`, `distance`, `trust`.
 */
export const matchComponentsSchema = z.object({
  terms: z.number(),
  head: z.number(),
  partNumber: z.number(),
  designation: z.number(),
  attributes: z.number(),
  classification: z.number(),
  capacity: z.number(),
  leadTime: z.number(),
  distance: z.number(),
  trust: z.number(),
});
export type MatchComponents = z.infer<typeof matchComponentsSchema>;
export type MatchComponent = keyof MatchComponents;
export const MATCH_COMPONENTS = Object.keys(matchComponentsSchema.shape) as MatchComponent[];
/** Fit ranks relevant capabilities; it never makes one relevant. */
export const FIT_COMPONENTS: readonly MatchComponent[] = ['capacity', 'leadTime', 'distance', 'trust'];
export const RELEVANCE_COMPONENTS: readonly MatchComponent[] = MATCH_COMPONENTS.filter(
  (key) => !FIT_COMPONENTS.includes(key),
);

/** The manufacturer's answer to an alert (DESIGN.md §4, step 6). */
export const SUPPLIER_VERDICTS = ['not_our_product'] as const;
export const supplierVerdictSchema = z.enum(SUPPLIER_VERDICTS);

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
  /** Rank: relevance first, fit second; in [0, 1], four decimals. */
  score: z.number(),
  /** Is it the product the need asks for; in [0, 1], four decimals. */
  relevance: z.number(),
  /** A strong match: the manufacturer was alerted. Otherwise a possible match, shown but alerting nobody. */
  notified: z.boolean(),
  components: matchComponentsSchema,
  /** The manufacturer is in another region than the delivery region. */
  interregional: z.boolean(),
  /** Great-circle distance between the two administrative centres. */
  distanceKm: z.number().int(),
  status: matchStatusSchema,
  reviewReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** The manufacturer's answer to the alert, if any: the pair is no longer proposed. */
  supplierVerdict: supplierVerdictSchema.nullable(),
  /** What the manufacturer added to its answer (the buyer never sees refused pairs). */
  supplierVerdictNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Match = z.infer<typeof matchSchema>;

export const matchListSchema = z.object({ items: z.array(matchSchema) });

/**
 * A need's matches: strong first, then possible ones. `noDomesticSupplier`: matching has looked at the
 * need as it is now and found no strong match (a gap, counted by the bottleneck register).
 */
export const needMatchListSchema = matchListSchema.extend({
  noDomesticSupplier: z.boolean(),
  /** When matching last looked at the need (null: not yet). */
  matchedAt: z.string().nullable(),
});
export type NeedMatchList = z.infer<typeof needMatchListSchema>;

/**
 * "Not our product": the manufacturer's answer to an alert, signed in or through the signed link of the
 * alert e-mail (`token`).
 */
export const matchFeedbackSchema = z.object({
  verdict: supplierVerdictSchema,
  note: text(0, 1000).optional(),
  token: z.string().min(1).max(1000).optional(),
});
export type MatchFeedback = z.infer<typeof matchFeedbackSchema>;

export const matchFeedbackQuerySchema = z.object({ token: z.string().min(1).max(1000) });

/** What the signed link's page shows before the manufacturer answers: which alert it is about. */
export const matchFeedbackSubjectSchema = z.object({
  matchId: uuid,
  needId: uuid,
  needTitle: z.string(),
  capabilityId: uuid,
  capabilityTitle: z.string(),
  manufacturerName: z.string(),
  supplierVerdict: supplierVerdictSchema.nullable(),
});
export type MatchFeedbackSubject = z.infer<typeof matchFeedbackSubjectSchema>;
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
