import { z } from 'zod';
import {
  decimalString,
  isoDate,
  paginated,
  positiveDecimalString,
  text,
  uuid,
} from '../common/common.schemas';
import { organizationRefSchema } from '../organizations/organizations.schemas';
import { okeiUnitSchema } from '../reference/reference.schemas';
import { DELIVERY_BASES, VAT_RATES } from './bid-price';

/** A bid is live while `submitted`; every other status is final (DESIGN.md §2). */
export const BID_STATUSES = ['submitted', 'withdrawn', 'accepted', 'rejected', 'expired'] as const;
export const bidStatusSchema = z.enum(BID_STATUSES);
export type BidStatus = z.infer<typeof bidStatusSchema>;

export const vatRateSchema = z.enum(VAT_RATES);
export const deliveryBasisSchema = z.enum(DELIVERY_BASES);
/** A delivery schedule longer than two years of monthly lots is not a bid but a framework contract. */
export const SCHEDULE_MAX_LINES = 24;

export const scheduleLineSchema = z.object({
  date: isoDate,
  /** In the need's unit; the lines add up to the bid's quantity exactly. */
  quantity: positiveDecimalString(3),
});
export type ScheduleLine = z.infer<typeof scheduleLineSchema>;

/**
 * The commercial terms of a bid (DESIGN.md §5 "Bid terms"). All optional for bids made before they
 * existed; vatRate, priceIncludesVat and deliveryBasis come together (bid-terms.ts checks it).
 */
const termFields = {
  vatRate: vatRateSchema,
  priceIncludesVat: z.boolean(),
  deliveryBasis: deliveryBasisSchema,
  /** RUB for the whole quantity, on the price's VAT footing; absent or null: included in the price. */
  deliveryCost: decimalString(2).nullable(),
  prepaymentPercent: z.number().int().min(0).max(100),
  /** Days after delivery the rest is paid. */
  paymentDays: z.number().int().min(0).max(365),
  warrantyMonths: z.number().int().min(0).max(240),
  schedule: z.array(scheduleLineSchema).min(1).max(SCHEDULE_MAX_LINES).nullable(),
};

/** Fields a manufacturer writes; no defaults here, so the partial revision schema never invents values. */
const bidFields = {
  /** RUB per unit of the need's OKEI unit. */
  unitPrice: positiveDecimalString(2),
  /** In the need's unit; at most the need's quantity. */
  quantity: positiveDecimalString(3),
  leadTimeDays: z.number().int().min(0).max(3650),
  /** The offer holds through this day (UTC); the bid expires after it. */
  validUntil: isoDate,
  comment: text(0, 5000),
  /** The capability the offer is made from: its PP 719 localization and match score show in comparisons. */
  capabilityId: uuid,
  ...termFields,
};

/** POST /needs/:id/bids: a new bid, or a revision when the organization already has a live bid there. */
export const createBidSchema = z.object({
  ...bidFields,
  comment: bidFields.comment.default(''),
  capabilityId: bidFields.capabilityId.optional(),
  vatRate: termFields.vatRate.optional(),
  priceIncludesVat: termFields.priceIncludesVat.optional(),
  deliveryBasis: termFields.deliveryBasis.optional(),
  deliveryCost: termFields.deliveryCost.optional(),
  prepaymentPercent: termFields.prepaymentPercent.nullable().optional(),
  paymentDays: termFields.paymentDays.nullable().optional(),
  warrantyMonths: termFields.warrantyMonths.nullable().optional(),
  schedule: termFields.schedule.optional(),
});
export type CreateBidInput = z.input<typeof createBidSchema>;
export type CreateBid = z.output<typeof createBidSchema>;

/** PATCH /bids/:id: a revision; only the fields sent change (`capabilityId: null` detaches it). */
export const updateBidSchema = z
  .object({
    ...bidFields,
    capabilityId: bidFields.capabilityId.nullable(),
    prepaymentPercent: bidFields.prepaymentPercent.nullable(),
    paymentDays: bidFields.paymentDays.nullable(),
    warrantyMonths: bidFields.warrantyMonths.nullable(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type UpdateBid = z.infer<typeof updateBidSchema>;

export const rejectBidSchema = z.object({ reason: text(1, 1000) });
export type RejectBid = z.infer<typeof rejectBidSchema>;

/** The longest award reason the selection protocol keeps. */
export const ACCEPT_REASON_MAX = 2000;

/** POST /bids/:id/accept body, optional: why this bid won (frozen into the selection protocol). */
export const acceptBidSchema = z.object({ reason: text(0, ACCEPT_REASON_MAX).default('') });
export type AcceptBidInput = z.input<typeof acceptBidSchema>;
export type AcceptBid = z.output<typeof acceptBidSchema>;

/** `Idempotency-Key` is required on accept: a retried request returns the same order. */
export const acceptBidHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string({ error: 'is required: send a new unique key (a UUID) for each acceptance' })
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: 'must be 8 to 100 letters, digits, "-" or "_" (a UUID)' }),
  'if-match': z.string().optional().describe('The bid revision you compared, such as "2"'),
});

/** How the delivered unit price with VAT was made up (bid-price.ts); the parts add up to it. */
export const priceBreakdownSchema = z.object({
  unitPriceWithoutVat: z.string(),
  deliveryPerUnit: z.string(),
  vatPerUnit: z.string(),
  deliveredUnitPriceWithVat: z.string(),
});
export type PriceBreakdownDto = z.infer<typeof priceBreakdownSchema>;

/** The terms as read back; null for bids made before terms existed ("terms not given"). */
export const bidTermsSchema = z.object({
  vatRate: vatRateSchema,
  priceIncludesVat: z.boolean(),
  deliveryBasis: deliveryBasisSchema,
  deliveryCost: z.string().nullable(),
  prepaymentPercent: z.number().int().nullable(),
  paymentDays: z.number().int().nullable(),
  warrantyMonths: z.number().int().nullable(),
  schedule: z.array(z.object({ date: z.string(), quantity: z.string() })).nullable(),
});
export type BidTermsDto = z.infer<typeof bidTermsSchema>;

export const bidSchema = z.object({
  id: uuid,
  needId: uuid,
  bidderOrganizationId: uuid,
  bidder: organizationRefSchema,
  capabilityId: uuid.nullable(),
  unitPrice: z.string(),
  quantity: z.string(),
  /** unitPrice × quantity, rounded to kopecks by PostgreSQL (never a float). */
  total: z.string(),
  leadTimeDays: z.number().int(),
  validUntil: z.string(),
  /** The free-text note; the terms have their own fields. */
  comment: z.string(),
  terms: bidTermsSchema.nullable(),
  /** Null when the terms were not given: such bids rank by unit price. */
  deliveredUnitPriceWithVat: z.string().nullable(),
  priceBreakdown: priceBreakdownSchema.nullable(),
  status: bidStatusSchema,
  revision: z.number().int(),
  /** Why it was rejected (or the buyer's note on acceptance). */
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Bid = z.infer<typeof bidSchema>;

export const bidRevisionSchema = z.object({
  revision: z.number().int(),
  unitPrice: z.string(),
  quantity: z.string(),
  leadTimeDays: z.number().int(),
  validUntil: z.string(),
  comment: z.string(),
  /** The revision's terms; null when they were not given (or not kept, before revisions recorded them). */
  terms: bidTermsSchema.nullable(),
  deliveredUnitPriceWithVat: z.string().nullable(),
  /** When this revision was superseded. */
  createdAt: z.string(),
});
export type BidRevision = z.infer<typeof bidRevisionSchema>;

/** GET /bids/:id: the bid with its superseded revisions, newest first. */
export const bidDetailSchema = bidSchema.extend({ revisions: z.array(bidRevisionSchema) });
export type BidDetail = z.infer<typeof bidDetailSchema>;

/** What the buyer weighs side by side (GET /needs/:id/bids). */
export const bidComparisonSchema = z.object({
  /** Days between delivery (today + lead time) and the needed-by date; negative: late. */
  slackDays: z.number().int(),
  /** Great-circle distance between the delivery region's and the bidder's administrative centres. */
  distanceKm: z.number().int().nullable(),
  interregional: z.boolean(),
  bidderVerified: z.boolean(),
  /** PP 719 localization of the referenced capability; `valid` is false once it has lapsed. */
  localization: z
    .object({ pp719RegistryNumber: z.string(), validUntil: z.string(), valid: z.boolean() })
    .nullable(),
  /** The matching engine's score for this need and capability, when it made one ("0.8731"). */
  matchScore: z.string().nullable(),
});
export type BidComparison = z.infer<typeof bidComparisonSchema>;

export const comparedBidSchema = bidSchema.extend({ comparison: bidComparisonSchema });
export type ComparedBid = z.infer<typeof comparedBidSchema>;

export const BID_SORTS = ['unitPrice', 'delivered', 'total', 'leadTime', 'score', 'date'] as const;

/** "submitted" or "submitted,accepted". */
const statusList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((s) => s.trim()))])
  .pipe(z.array(bidStatusSchema).min(1).max(BID_STATUSES.length));

export const needBidsQuerySchema = z.object({
  status: statusList.optional(),
  /**
   * Cheapest first by default; `delivered`: by the delivered unit price with VAT (the unit price for
   * bids without terms), then lead time; `score`: best match first; `date`: newest first.
   */
  sort: z.enum(BID_SORTS).default('unitPrice'),
});
export type NeedBidsQuery = z.infer<typeof needBidsQuerySchema>;

export const needBidsSchema = z.object({ items: z.array(comparedBidSchema) });
export type NeedBids = z.infer<typeof needBidsSchema>;

/** The need a bid was made on, as "my bids" lists it. */
export const bidNeedSummarySchema = z.object({
  id: uuid,
  title: z.string(),
  okpd2: z.string(),
  quantity: z.string(),
  unit: okeiUnitSchema,
  neededBy: z.string(),
  deliveryRegionCode: z.string(),
  status: z.string(),
  buyer: organizationRefSchema,
});

export const bidWithNeedSchema = bidSchema.extend({ need: bidNeedSummarySchema });
export type BidWithNeed = z.infer<typeof bidWithNeedSchema>;

export const bidListQuerySchema = z.object({
  /** `1`: the caller's organization's bids. Only analysts may leave it out (then: every bid). */
  mine: z
    .enum(['1', '0', 'true', 'false'])
    .transform((value) => value === '1' || value === 'true')
    .optional(),
  status: statusList.optional(),
  needId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type BidListQuery = z.infer<typeof bidListQuerySchema>;

export const bidPageSchema = paginated(bidWithNeedSchema);
export type BidPage = z.infer<typeof bidPageSchema>;
