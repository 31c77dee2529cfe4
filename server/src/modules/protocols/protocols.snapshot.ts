import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import {
  type ProtocolDecider,
  type ProtocolSnapshot,
  protocolSnapshotSchema,
} from '@zamena/shared/protocols/protocols.schemas';
import type { NeedFactsRow } from './protocols.repo';

/**
 * The frozen comparison: every live bid in the order the buyer compared them (ComparedBid from the bids
 * module, sorted by delivered unit price with VAT, then lead time), the winner marked. Validated by the
 * shared schema before it is written, so a malformed snapshot fails the award instead of being stored.
 */
export function buildSnapshot(
  need: NeedFactsRow,
  compared: ComparedBid[],
  winningBidId: string,
  decidedBy: ProtocolDecider,
): ProtocolSnapshot {
  return protocolSnapshotSchema.parse({
    version: 1,
    ranking: 'delivered',
    need: { ...need, quantity: trimDecimal(need.quantity) },
    bids: compared.map((bid, index) => ({
      rank: index + 1,
      bidId: bid.id,
      revision: bid.revision,
      winner: bid.id === winningBidId,
      supplier: bid.bidder,
      unitPrice: bid.unitPrice,
      quantity: bid.quantity,
      total: bid.total,
      leadTimeDays: bid.leadTimeDays,
      validUntil: bid.validUntil,
      comment: bid.comment,
      terms: bid.terms,
      deliveredUnitPriceWithVat: bid.deliveredUnitPriceWithVat,
      priceBreakdown: bid.priceBreakdown,
      slackDays: bid.comparison.slackDays,
      distanceKm: bid.comparison.distanceKm,
      pp719RegistryNumber: bid.comparison.localization?.pp719RegistryNumber ?? null,
    })),
    decidedBy,
  });
}
