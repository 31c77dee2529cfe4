import { compareDecimals, parseDecimalInput } from '@zamena/shared/domain/decimal';
import { type AwardSplit, splitAward, sumQuantities } from '@zamena/shared/lots/lot-award-split';
import type { LotBid, LotDetail } from '@zamena/shared/lots/lots.schemas';

/** What the analyst has ticked and typed per bid, before it is an award. */
export type AwardChoice = { chosen: boolean; quantity: string };
export type AwardChoices = Record<string, AwardChoice>;

export type AwardDraft = {
  awards: { lotBidId: string; quantity: string }[];
  /** Per bid id: why its quantity cannot be awarded. */
  errors: Record<string, 'quantityInvalid' | 'quantityAboveBid'>;
  total: string;
  overLot: boolean;
  split: AwardSplit;
};

/** Live bids, cheapest first: the order they are compared in and the order the awards fill the needs. */
export const awardableBids = (bids: LotBid[], today: string): LotBid[] =>
  bids
    .filter((bid) => bid.status === 'submitted' && bid.validUntil >= today)
    .sort((a, b) => compareDecimals(a.unitPrice, b.unitPrice) || a.leadTimeDays - b.leadTimeDays);

/** The awards the choices make, checked as the server will check them, and the split the server will make. */
export function awardDraft(lot: LotDetail, bids: LotBid[], choices: AwardChoices): AwardDraft {
  const awards: AwardDraft['awards'] = [];
  const errors: AwardDraft['errors'] = {};
  for (const bid of bids) {
    const choice = choices[bid.id];
    if (!choice?.chosen) continue;
    const quantity = parseDecimalInput(choice.quantity);
    if (!quantity || !/[1-9]/.test(quantity) || quantity.startsWith('-')) errors[bid.id] = 'quantityInvalid';
    else if (compareDecimals(quantity, bid.quantity) > 0) errors[bid.id] = 'quantityAboveBid';
    else awards.push({ lotBidId: bid.id, quantity });
  }
  const total = sumQuantities(awards.map((award) => award.quantity));
  // The preview fills the open needs' quantities; the server subtracts any order a need already has.
  const openNeeds = lot.needs
    .filter((need) => need.status === 'open')
    .map((need) => ({ id: need.id, neededBy: need.neededBy, remaining: need.quantity }));
  return {
    awards,
    errors,
    total,
    overLot: compareDecimals(total, lot.totalQuantity) > 0,
    split: splitAward(openNeeds, awards),
  };
}
