import { z } from 'zod';
import { bidTermsSchema, priceBreakdownSchema } from '../bids/bids.schemas';
import { uuid } from '../common/common.schemas';
import { organizationRefSchema } from '../organizations/organizations.schemas';
import { okeiUnitSchema } from '../reference/reference.schemas';

/**
 * The selection protocol (issue 22): when a buyer (or a centre for it) accepts a bid, the comparison
 * at that moment, the winner and the reason are frozen here. The snapshot is written once, in the
 * acceptance's transaction, and never changes: a bid withdrawn or revised later leaves it as it was.
 */

/** "2026-000123": the year of the award (UTC) and its number within that year. */
export const PROTOCOL_NUMBER_PATTERN = /^\d{4}-\d{6,}$/;

/** A decimal string as the database prints it ("790.00", "1200"). */
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

export const protocolNeedSchema = z.object({
  id: uuid,
  title: z.string(),
  okpd2: z.string(),
  quantity: decimal,
  unit: okeiUnitSchema,
  neededBy: z.string(),
  deliveryRegionCode: z.string(),
  buyer: organizationRefSchema,
});
export type ProtocolNeed = z.infer<typeof protocolNeedSchema>;

/** One live bid as the buyer compared it, with the delivered unit price with VAT and how it was made up. */
export const protocolBidSchema = z.object({
  /** 1 = first in the comparison order. */
  rank: z.number().int().min(1),
  bidId: uuid,
  revision: z.number().int().min(1),
  winner: z.boolean(),
  supplier: organizationRefSchema,
  unitPrice: decimal,
  quantity: decimal,
  total: decimal,
  leadTimeDays: z.number().int(),
  validUntil: z.string(),
  comment: z.string(),
  /** Null: the bid gave no terms (it ranked by its unit price). */
  terms: bidTermsSchema.nullable(),
  deliveredUnitPriceWithVat: decimal.nullable(),
  priceBreakdown: priceBreakdownSchema.nullable(),
  /** Days between delivery (award day + lead time) and the needed-by date; negative: late. */
  slackDays: z.number().int(),
  distanceKm: z.number().int().nullable(),
  pp719RegistryNumber: z.string().nullable(),
});
export type ProtocolBid = z.infer<typeof protocolBidSchema>;

export const protocolDeciderSchema = z.object({
  userId: uuid,
  fullName: z.string(),
  organizationId: uuid,
  organizationName: z.string(),
  /** True when a centre decided for the buyer. */
  forBuyer: z.boolean(),
});
export type ProtocolDecider = z.infer<typeof protocolDeciderSchema>;

/** What the jsonb column holds; validated when written and when read. */
export const protocolSnapshotSchema = z.object({
  version: z.literal(1),
  /** The comparison order: delivered unit price with VAT (unit price without terms), then lead time. */
  ranking: z.literal('delivered'),
  need: protocolNeedSchema,
  bids: z.array(protocolBidSchema).min(1),
  decidedBy: protocolDeciderSchema,
});
export type ProtocolSnapshot = z.infer<typeof protocolSnapshotSchema>;

/** GET /protocols/:id */
export const protocolSchema = z.object({
  id: uuid,
  number: z.string().regex(PROTOCOL_NUMBER_PATTERN),
  needId: uuid,
  winningBidId: uuid,
  orderId: uuid,
  /** The buyer's reason for the choice; empty when none was given. */
  reason: z.string(),
  decidedAt: z.string(),
  snapshot: protocolSnapshotSchema,
});
export type Protocol = z.infer<typeof protocolSchema>;

export const PROTOCOL_LANGUAGES = ['ru', 'en'] as const;
export type ProtocolLanguage = (typeof PROTOCOL_LANGUAGES)[number];

/** GET /protocols/:id.pdf?lang=en: the document's language (Russian by default). */
export const protocolPdfQuerySchema = z.object({ lang: z.enum(PROTOCOL_LANGUAGES).default('ru') });
export type ProtocolPdfQuery = z.infer<typeof protocolPdfQuerySchema>;
