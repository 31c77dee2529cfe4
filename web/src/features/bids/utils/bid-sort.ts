import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';

export const BID_SORT_KEYS = ['delivered', 'unitPrice', 'total', 'leadTime', 'distance', 'score'] as const;
export type BidSortKey = (typeof BID_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export type BidSort = { key: BidSortKey; direction: SortDirection };

const SCALE = 4;

/** "1200.5" → 12005000n: decimal strings compared exactly, never through a float (DESIGN.md §2). */
function scaled(value: string): bigint {
  const [whole = '0', fraction = ''] = value.trim().split('.');
  return BigInt(`${whole || '0'}${fraction.padEnd(SCALE, '0').slice(0, SCALE)}`);
}

export function compareDecimalStrings(a: string, b: string): number {
  const difference = scaled(a) - scaled(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** Missing values (no distance, no match score) go last whatever the direction. */
function compareNullable<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number, sign: number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * compare(a, b);
}

const byNumber = (x: number, y: number) => x - y;

const deliveredOrUnit = (bid: ComparedBid) => bid.deliveredUnitPriceWithVat ?? bid.unitPrice;

/** The first click on a column sorts it the way a buyer reads it: cheapest, fastest, nearest, best score. */
export const DEFAULT_DIRECTION: Record<BidSortKey, SortDirection> = {
  delivered: 'ascending',
  unitPrice: 'ascending',
  total: 'ascending',
  leadTime: 'ascending',
  distance: 'ascending',
  score: 'descending',
};

export function sortBids(bids: readonly ComparedBid[], sort: BidSort): ComparedBid[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: ComparedBid, b: ComparedBid): number => {
    switch (sort.key) {
      case 'delivered':
        // As the server ranks ?sort=delivered: bids without terms by their unit price, ties by lead time.
        return (
          sign * compareDecimalStrings(deliveredOrUnit(a), deliveredOrUnit(b)) ||
          sign * (a.leadTimeDays - b.leadTimeDays)
        );
      case 'unitPrice':
        return sign * compareDecimalStrings(a.unitPrice, b.unitPrice);
      case 'total':
        return sign * compareDecimalStrings(a.total, b.total);
      case 'leadTime':
        return sign * (a.leadTimeDays - b.leadTimeDays);
      case 'distance':
        return compareNullable(a.comparison.distanceKm, b.comparison.distanceKm, byNumber, sign);
      case 'score':
        return compareNullable(a.comparison.matchScore, b.comparison.matchScore, compareDecimalStrings, sign);
    }
  };
  // Ties keep the server's order (cheapest first), so the table never reshuffles equal rows.
  return bids
    .map((bid, index) => ({ bid, index }))
    .sort((a, b) => compare(a.bid, b.bid) || a.index - b.index)
    .map(({ bid }) => bid);
}

/** Clicking the sorted column flips it; another column starts in its natural direction. */
export function nextSort(current: BidSort, key: BidSortKey): BidSort {
  if (current.key !== key) return { key, direction: DEFAULT_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
