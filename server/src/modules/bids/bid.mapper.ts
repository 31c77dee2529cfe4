import type { Bid, BidRevision, BidWithNeed, ComparedBid, CreateBid } from '@zamena/shared/bids/bids.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import { toOrganizationRef } from '../organizations/organization.mapper';
import type { BidderRow, BidRevisionRow, BidRow, NewBidRow } from './bids.repo';
import type { ComparedBidRow, MyBidRow } from './bids.query.repo';

export function toBid(row: BidRow, bidder: BidderRow, total: string): Bid {
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
  'unitPrice' | 'quantity' | 'leadTimeDays' | 'validUntil' | 'comment' | 'capabilityId'
>;

export const toBidTerms = (input: CreateBid): BidTerms => ({
  unitPrice: input.unitPrice,
  quantity: input.quantity,
  leadTimeDays: input.leadTimeDays,
  validUntil: input.validUntil,
  comment: input.comment,
  capabilityId: input.capabilityId ?? null,
});
