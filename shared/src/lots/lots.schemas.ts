import { z } from 'zod';
import { bidConditionsErrors } from '../bids/bid-conditions';
import { createBidSchema, priceBreakdownSchema, bidTermsSchema } from '../bids/bids.schemas';
import { isoDate, itemsOf, paginated, positiveDecimalString, text, uuid } from '../common/common.schemas';
import { orderSchema } from '../orders/orders.schemas';
import { organizationRefSchema } from '../organizations/organizations.schemas';
import { okpd2ValueSchema, regionCodeSchema } from '../reference/reference.schemas';
import { supportMeasureRefSchema } from '../support-measures/support-measures.schemas';

/**
 * Lots: pooled demand (DESIGN.md §2). A rebuild writes `draft` lots; an analyst publishes one for
 * manufacturers to bid on; a published lot whose needs no longer span two regions is `archived`; an
 * analyst's award of its bids makes it `awarded` (orders made, kept as the record).
 */
export const LOT_STATUSES = ['draft', 'published', 'archived', 'awarded'] as const;
export const lotStatusSchema = z.enum(LOT_STATUSES);
export type LotStatus = z.infer<typeof lotStatusSchema>;

export const lotSchema = z.object({
  id: uuid,
  /** The kind level of OKPD2 (`25.73.40`: six digits). */
  okpd2Kind: z.string(),
  okpd2KindName: z.string().nullable(),
  /**
   * The product the pooled needs ask for, as most of them name it ("Подшипник игольчатый"): a lot pools
   * one product (the matching relevance model decides which needs ask for the same thing). Empty for a
   * lot built before products were told apart.
   */
  productName: z.string(),
  /** OKEI unit shared by the pooled needs. */
  unit: z.string(),
  status: lotStatusSchema,
  needsCount: z.number().int(),
  /** Decimal strings: quantities and money never travel as floats. */
  totalQuantity: z.string(),
  /** Sum of quantity × target unit price over the `pricedNeedsCount` needs that name a price. */
  totalValue: z.string(),
  pricedNeedsCount: z.number().int(),
  regionsCount: z.number().int(),
  regionCodes: z.array(z.string()),
  buyersCount: z.number().int(),
  earliestNeededBy: z.string(),
  /**
   * Monthly capacity (in the lot's unit) of the distinct active capabilities relevant to the lot's
   * product: matched to one of its needs with a relevance at the notify threshold or above, the match
   * neither dismissed nor refused.
   */
  matchedCapacity: z.string(),
  capabilitiesCount: z.number().int(),
  /**
   * matchedCapacity × months from the rebuild day to the earliest needed-by ÷ totalQuantity
   * (1 = demand met in time; capped at 9999).
   */
  coverage: z.number(),
  publishedAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  awardedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Support measures that apply to the kind (federal ones and those of the lot's regions). */
  supportMeasures: z.array(supportMeasureRefSchema),
});
export type Lot = z.infer<typeof lotSchema>;

/** A pooled need as the lot shows it (the buyer's contacts stay hidden). */
export const lotNeedSchema = z.object({
  id: uuid,
  title: z.string(),
  okpd2: z.string(),
  quantity: z.string(),
  unit: z.string(),
  targetUnitPrice: z.string().nullable(),
  neededBy: z.string(),
  deliveryRegionCode: z.string(),
  critical: z.boolean(),
  status: z.string(),
  buyer: organizationRefSchema,
  /** The key of the lot line the need belongs to (`lotLineSchema.key`). */
  line: z.string(),
});
export type LotNeed = z.infer<typeof lotNeedSchema>;

/**
 * A line of a lot: its needs that ask for one size or grade (the sizes and designations of their
 * titles). `key` is empty for the needs that state none. A bid may price each line.
 */
export const lotLineSchema = z.object({
  key: z.string(),
  /** The size or grade as a need's title writes it ("25/20", "М12х50 ГОСТ 7798"); empty when none. */
  name: z.string(),
  quantity: z.string(),
  needsCount: z.number().int(),
});
export type LotLine = z.infer<typeof lotLineSchema>;

/** An order a lot award made, as the lot page lists it. */
export const lotOrderSchema = z.object({
  id: uuid,
  lotBidId: uuid,
  needId: uuid,
  needTitle: z.string(),
  buyer: organizationRefSchema,
  supplier: organizationRefSchema,
  quantity: z.string(),
  unitPrice: z.string(),
  total: z.string(),
  status: z.string(),
});
export type LotOrder = z.infer<typeof lotOrderSchema>;

/** What the award made: everyone who sees the lot reads the figures, each party its own orders. */
export const lotAwardSummarySchema = z.object({
  awardedQuantity: z.string(),
  /** Sum of the orders' totals (RUB). */
  awardedValue: z.string(),
  /** awardedQuantity ÷ totalQuantity, four decimals ("0.8000"). */
  coverage: z.string(),
  /** Analysts: every order; a buyer or a bidder: the orders it is a party to. */
  orders: z.array(lotOrderSchema),
});
export type LotAwardSummary = z.infer<typeof lotAwardSummarySchema>;

export const lotDetailSchema = lotSchema.extend({
  /** Every line of the lot with its quantity, largest first (the needs themselves may be hidden). */
  lines: z.array(lotLineSchema),
  needs: z.array(lotNeedSchema),
  award: lotAwardSummarySchema.nullable(),
});
export type LotDetail = z.infer<typeof lotDetailSchema>;

/** "published" or "draft,published". */
const statusList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((s) => s.trim()))])
  .pipe(z.array(lotStatusSchema).min(1).max(LOT_STATUSES.length));

export const lotListQuerySchema = z.object({
  /** Default: published (and drafts for analysts and centres). Enterprises never see drafts, whatever they ask for. */
  status: statusList.optional(),
  /** A code prefix by classifier level: `25` lists every lot in class 25. */
  okpd2: okpd2ValueSchema.optional(),
  /** Lots with a need delivered to this region. */
  region: regionCodeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type LotListQuery = z.infer<typeof lotListQuerySchema>;

/** Largest value first. */
export const lotPageSchema = paginated(lotSchema);
export type LotPage = z.infer<typeof lotPageSchema>;

/** queued → running → succeeded | failed. */
export const LOT_REBUILD_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

export const lotRebuildStatsSchema = z.object({
  /** OKPD2 kinds (with unit) that have open demand: the investment-niche ranking's rows. */
  kinds: z.number().int(),
  /** Live lots after the run. */
  lots: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Drafts removed and published lots archived: their needs no longer span two regions. */
  removed: z.number().int(),
  archived: z.number().int(),
  needsJoined: z.number().int(),
  needsLeft: z.number().int(),
  durationMs: z.number().int(),
});
export type LotRebuildStats = z.infer<typeof lotRebuildStatsSchema>;

export const lotRebuildSchema = z.object({
  id: uuid,
  trigger: z.enum(['manual', 'scheduled']),
  status: z.enum(LOT_REBUILD_STATUSES),
  stats: lotRebuildStatsSchema.nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type LotRebuild = z.infer<typeof lotRebuildSchema>;

/** A bid's price for one line of the lot (`LotLine.key`). */
export const lotLinePriceSchema = z.object({
  line: z.string().max(300),
  /** RUB per unit of the lot's unit. */
  unitPrice: positiveDecimalString(2),
});
export type LotLinePrice = z.infer<typeof lotLinePriceSchema>;

/** The need bid's optional term fields, the same schemas and defaults (none: a bid without terms). */
const lotBidTermFields = createBidSchema.pick({
  vatRate: true,
  priceIncludesVat: true,
  deliveryBasis: true,
  deliveryCost: true,
  prepaymentPercent: true,
  paymentDays: true,
  warrantyMonths: true,
  schedule: true,
}).shape;

export const createLotBidSchema = z
  .object({
    /** RUB per unit of the lot's unit: one price for every line. Computed when `linePrices` is given. */
    unitPrice: positiveDecimalString(2).optional(),
    /**
     * A price for each line of the lot, when its lines differ in size or grade: every line priced once.
     * The bid's `unitPrice` is then their average weighted by the lines' quantities; an award gives each
     * buyer's order the price of its need's line.
     */
    linePrices: z.array(lotLinePriceSchema).min(1).max(200).optional(),
    /** The whole volume or a share of it: at most the lot's total quantity. */
    quantity: positiveDecimalString(3),
    leadTimeDays: z.number().int().min(0).max(3650),
    /** The offer holds through this day (UTC). */
    validUntil: isoDate,
    comment: text(0, 5000).default(''),
    /**
     * The commercial terms, as on a need bid (DESIGN.md §5 "Bid terms"), all optional; the schedule
     * adds up to the bid's quantity. Delivery cost is for the whole quantity.
     */
    ...lotBidTermFields,
  })
  .superRefine((bid, ctx) => {
    if (bid.unitPrice === undefined && bid.linePrices === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: 'give a unit price or a price per line' });
    }
    bid.linePrices?.forEach((price, index) => {
      if (bid.linePrices!.findIndex((other) => other.line === price.line) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['linePrices', index, 'line'],
          message: 'a line is priced once',
        });
      }
    });
  });
export type CreateLotBidInput = z.input<typeof createLotBidSchema>;
export type CreateLotBid = z.output<typeof createLotBidSchema>;

/**
 * createLotBidSchema with the rules between the terms (bid-conditions.ts) as the server runs them on a
 * lot bid, for the form: a lot pools needs of several dates, so no need date bounds the schedule.
 */
export const lotBidFormSchema = (today: string) =>
  createLotBidSchema.superRefine((bid, ctx) => {
    for (const { path, message } of bidConditionsErrors(bid, null, today)) {
      ctx.addIssue({
        code: 'custom',
        path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        message,
      });
    }
  });

export const lotBidSchema = z.object({
  id: uuid,
  lotId: uuid,
  bidderOrganizationId: uuid,
  bidder: organizationRefSchema,
  unitPrice: z.string(),
  /** Per-line prices when the bid gave them; empty for one price for every line. */
  linePrices: z.array(z.object({ line: z.string(), unitPrice: z.string() })),
  quantity: z.string(),
  /** unitPrice × quantity, rounded to kopecks by PostgreSQL. */
  total: z.string(),
  leadTimeDays: z.number().int(),
  validUntil: z.string(),
  comment: z.string(),
  /** The terms; null when the bid did not give them. */
  terms: bidTermsSchema.nullable(),
  /** From the (average) unit price and the terms; null without terms: such bids rank by unit price. */
  deliveredUnitPriceWithVat: z.string().nullable(),
  priceBreakdown: priceBreakdownSchema.nullable(),
  status: z.enum(['submitted', 'withdrawn']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LotBid = z.infer<typeof lotBidSchema>;

export const lotBidListSchema = itemsOf(lotBidSchema);
export type LotBidList = z.infer<typeof lotBidListSchema>;

/** `/lots/:id/bids/:bidId/…` */
export const lotBidParams = z.object({ id: uuid, bidId: uuid });

/** POST /lots/:id/awards: one bid takes the whole lot, or several split it (analysts). */
export const createLotAwardSchema = z.object({
  awards: z
    .array(
      z.object({
        lotBidId: uuid,
        /** At most the bid's quantity; all awards together at most the lot's total. */
        quantity: positiveDecimalString(3),
      }),
    )
    .min(1)
    .max(50)
    .superRefine((awards, ctx) => {
      awards.forEach((award, index) => {
        if (awards.findIndex((other) => other.lotBidId === award.lotBidId) !== index) {
          ctx.addIssue({ code: 'custom', path: [index, 'lotBidId'], message: 'a bid is awarded once' });
        }
      });
    }),
});
export type CreateLotAward = z.infer<typeof createLotAwardSchema>;

/** The award is a creating POST: a retry with the same key answers the same orders. */
export const lotAwardHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string({ error: 'is required: send a new unique key (a UUID) for each award' })
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: 'must be 8 to 100 letters, digits, "-" or "_" (a UUID)' }),
});

export const lotAwardResultSchema = z.object({ orders: z.array(orderSchema) });
export type LotAwardResult = z.infer<typeof lotAwardResultSchema>;
