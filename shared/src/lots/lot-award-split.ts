/**
 * How a lot award is divided among the lot's needs (one rule, used by the server to create the
 * orders and by the award form to preview them): the needs are filled in order of their needed-by
 * date (then their id, so the order is total); the awards are taken in the order given, each filling
 * what the earlier ones left; a share never exceeds what its need still lacks. Quantities are decimal
 * strings of at most three decimals, computed exactly in thousandths.
 */

export type SplitNeed = { id: string; neededBy: string; remaining: string };
export type SplitAward = { lotBidId: string; quantity: string };
export type AwardShare = { lotBidId: string; needId: string; quantity: string };
export type AwardSplit = { shares: AwardShare[]; unplaced: string };

const SCALE = 3;

function toThousandths(value: string): bigint {
  const [whole = '0', fraction = ''] = value.trim().split('.');
  return BigInt(`${whole || '0'}${fraction.padEnd(SCALE, '0').slice(0, SCALE)}`);
}

function fromThousandths(value: bigint): string {
  const digits = value.toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

const byNeededBy = (a: SplitNeed, b: SplitNeed) =>
  a.neededBy < b.neededBy ? -1 : a.neededBy > b.neededBy ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The shares, and `unplaced`: what the awards hold beyond the needs' remaining quantity ("0" when none). */
export function splitAward(needs: readonly SplitNeed[], awards: readonly SplitAward[]): AwardSplit {
  const queue = [...needs]
    .sort(byNeededBy)
    .map((need) => ({ id: need.id, left: toThousandths(need.remaining) }))
    .filter((need) => need.left > 0n);
  const shares: AwardShare[] = [];
  let unplaced = 0n;
  let at = 0;
  for (const award of awards) {
    let wanted = toThousandths(award.quantity);
    while (wanted > 0n && at < queue.length) {
      const need = queue[at]!;
      const take = need.left < wanted ? need.left : wanted;
      shares.push({ lotBidId: award.lotBidId, needId: need.id, quantity: fromThousandths(take) });
      need.left -= take;
      wanted -= take;
      if (need.left === 0n) at += 1;
    }
    unplaced += wanted;
  }
  return { shares, unplaced: fromThousandths(unplaced) };
}

/** Sum of decimal strings, exact. */
export const sumQuantities = (values: readonly string[]): string =>
  fromThousandths(values.reduce((total, value) => total + toThousandths(value), 0n));
