import { weightedUnitPrice } from '@zamena/shared/lots/lot-line-prices';
import type { CreateLotBid, LotLinePrice } from '@zamena/shared/lots/lots.schemas';
import type { FieldError } from '../../lib/errors';
import type { LotLineRow } from './lots.repo';

export type BidPricing = { unitPrice: string; linePrices: LotLinePrice[] | null };

/**
 * The prices a lot bid stores: one unit price for every line, or a price for each line of the lot
 * (every line priced, none unknown) with the unit price their quantity-weighted average. Refusals are
 * added to `errors` with the field named.
 */
export function bidPricing(
  input: CreateLotBid,
  lines: readonly LotLineRow[],
  errors: FieldError[],
): BidPricing {
  if (!input.linePrices) return { unitPrice: input.unitPrice ?? '0.00', linePrices: null };
  const known = new Map(lines.map((line) => [line.key, line]));
  input.linePrices.forEach((price, index) => {
    if (!known.has(price.line)) {
      errors.push({ path: `linePrices.${index}.line`, message: 'is not a line of this lot' });
    }
  });
  const priced = new Set(input.linePrices.map((price) => price.line));
  const missing = lines.filter((line) => !priced.has(line.key));
  if (missing.length > 0) {
    errors.push({
      path: 'linePrices',
      message: `price every line of the lot; missing: ${missing.map((line) => line.name || line.key || '—').join(', ')}`,
    });
  }
  const weighted = input.linePrices.flatMap((price) => {
    const line = known.get(price.line);
    return line ? [{ quantity: line.quantity, unitPrice: price.unitPrice }] : [];
  });
  return { unitPrice: weightedUnitPrice(weighted), linePrices: input.linePrices };
}
