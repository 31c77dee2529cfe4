import {
  deliveredPrice,
  type DeliveryBasis,
  type PriceBreakdown,
  type VatRate,
} from '@zamena/shared/bids/bid-price';
import type {
  Bid,
  BidRevision,
  BidTermsDto,
  BidWithNeed,
  ComparedBid,
  CreateBid,
} from '@zamena/shared/bids/bids.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import { toOrganizationRef } from '../organizations/organization.mapper';
import type { BidderRow, BidRevisionRow, BidRow, NewBidRow } from './bids.repo';
import type { ComparedBidRow, MyBidRow } from './bids.query.repo';

type PricedTerms = Pick<
  NewBidRow,
  'unitPrice' | 'quantity' | 'vatRate' | 'priceIncludesVat' | 'deliveryBasis' | 'deliveryCost'
>;

/** The delivered unit price with VAT and its make-up; null for a bid whose terms were not given. */
export function priceOf(terms: PricedTerms): PriceBreakdown | null {
  const { vatRate, priceIncludesVat, deliveryBasis } = terms;
  if (!vatRate || priceIncludesVat === null || priceIncludesVat === undefined || !deliveryBasis) return null;
  return deliveredPrice({
    unitPrice: terms.unitPrice,
    quantity: terms.quantity,
    vatRate: vatRate as VatRate,
    priceIncludesVat,
    deliveryBasis: deliveryBasis as DeliveryBasis,
    deliveryCost: terms.deliveryCost ?? null,
  });
}

type TermsRow = Pick<
  BidRow,
  | 'vatRate'
  | 'priceIncludesVat'
  | 'deliveryBasis'
  | 'deliveryCost'
  | 'prepaymentPercent'
  | 'paymentDays'
  | 'warrantyMonths'
  | 'schedule'
>;

export function toTerms(row: TermsRow): BidTermsDto | null {
  if (!row.vatRate || row.priceIncludesVat === null || !row.deliveryBasis) return null;
  return {
    vatRate: row.vatRate as VatRate,
    priceIncludesVat: row.priceIncludesVat,
    deliveryBasis: row.deliveryBasis as DeliveryBasis,
    deliveryCost: row.deliveryCost,
    prepaymentPercent: row.prepaymentPercent,
    paymentDays: row.paymentDays,
    warrantyMonths: row.warrantyMonths,
    schedule:
      row.schedule?.map((line) => ({ date: line.date, quantity: trimDecimal(line.quantity) })) ?? null,
  };
}

export function toBid(row: BidRow, bidder: BidderRow, total: string): Bid {
  const breakdown = priceOf(row);
  return {
    id: row.id,
    needId: row.needId,
    bidderOrganizationId: row.bidderOrganizationId,
    bidder: toOrganizationRef(bidder),
    capabilityId: row.capabilityId,
    unitPrice: row.unitPrice,
    quantity: trimDecimal(row.quantity),
    total,
    leadTimeDays: row.leadTimeDays,
    validUntil: row.validUntil,
    comment: row.comment,
    terms: toTerms(row),
    deliveredUnitPriceWithVat: breakdown?.deliveredUnitPriceWithVat ?? null,
    priceBreakdown: breakdown,
    status: row.status as Bid['status'],
    revision: row.revision,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toBidRevision = (row: BidRevisionRow): BidRevision => ({
  revision: row.revision,
  unitPrice: row.unitPrice,
  quantity: trimDecimal(row.quantity),
  leadTimeDays: row.leadTimeDays,
  validUntil: row.validUntil,
  comment: row.comment,
  terms: toTerms(row),
  deliveredUnitPriceWithVat: priceOf(row)?.deliveredUnitPriceWithVat ?? null,
  createdAt: row.createdAt.toISOString(),
});

export const toComparedBid = (row: ComparedBidRow): ComparedBid => ({
  ...toBid(row.bid, row.bidder, row.total),
  comparison: {
    slackDays: row.slackDays,
    distanceKm: row.distanceKm,
    interregional: row.interregional,
    bidderVerified: row.bidder.verified,
    localization:
      row.pp719RegistryNumber && row.localizationValidUntil
        ? {
            pp719RegistryNumber: row.pp719RegistryNumber,
            validUntil: row.localizationValidUntil,
            valid: row.localizationValid === true,
          }
        : null,
    matchScore: row.matchScore,
  },
});

export const toBidWithNeed = (row: MyBidRow): BidWithNeed => ({
  ...toBid(row.bid, row.bidder, row.total),
  need: {
    ...row.need,
    quantity: trimDecimal(row.need.quantity),
    unit: row.need.unit as BidWithNeed['need']['unit'],
    buyer: toOrganizationRef(row.buyer),
  },
});

/** What audit events keep of a bid: its terms and state. */
export function toBidAudit(row: BidRow) {
  const { createdAt: _created, updatedAt: _updated, decidedAt: _decided, ...fields } = row;
  return fields;
}

/** A bid's full terms: POST replaces them all (an omitted capability detaches it). */
export type BidTerms = Pick<
  NewBidRow,
  | 'unitPrice'
  | 'quantity'
  | 'leadTimeDays'
  | 'validUntil'
  | 'comment'
  | 'capabilityId'
  | 'vatRate'
  | 'priceIncludesVat'
  | 'deliveryBasis'
  | 'deliveryCost'
  | 'prepaymentPercent'
  | 'paymentDays'
  | 'warrantyMonths'
  | 'schedule'
>;

type TermsInput = Pick<CreateBid, keyof TermsRow>;

/** The commercial terms of a bid or lot bid as columns (given or null), the same for both tables. */
export const termColumnsOf = (input: TermsInput) => ({
  vatRate: input.vatRate ?? null,
  priceIncludesVat: input.priceIncludesVat ?? null,
  deliveryBasis: input.deliveryBasis ?? null,
  deliveryCost: input.deliveryCost ?? null,
  prepaymentPercent: input.prepaymentPercent ?? null,
  paymentDays: input.paymentDays ?? null,
  warrantyMonths: input.warrantyMonths ?? null,
  schedule: input.schedule ?? null,
});

export const toBidTerms = (input: CreateBid): BidTerms => ({
  unitPrice: input.unitPrice,
  quantity: input.quantity,
  leadTimeDays: input.leadTimeDays,
  validUntil: input.validUntil,
  comment: input.comment,
  capabilityId: input.capabilityId ?? null,
  ...termColumnsOf(input),
});
