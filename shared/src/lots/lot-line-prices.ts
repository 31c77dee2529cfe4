/**
 * Per-line prices of a lot bid (one rule for the server, which stores and awards them, and the bid
 * form, which previews them): the bid's single unit price is the lines' prices averaged by the lines'
 * quantities, rounded half up to kopecks; an order for a need takes the price of the need's line, or
 * the single unit price for a line the bid did not price. Exact: quantities in thousandths, money in kopecks.
 */

export type PricedLine = { quantity: string; unitPrice: string };

function scaled(value: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = value.trim().split('.');
  return BigInt(`${whole || '0'}${fraction.padEnd(scale, '0').slice(0, scale)}`);
}

function kopecksToString(value: bigint): string {
  const digits = value.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Σ quantity × price ÷ Σ quantity, to kopecks ("0.00" when the lines hold no quantity). */
export function weightedUnitPrice(lines: readonly PricedLine[]): string {
  let weight = 0n;
  let sum = 0n;
  for (const line of lines) {
    const quantity = scaled(line.quantity, 3);
    weight += quantity;
    sum += quantity * scaled(line.unitPrice, 2);
  }
  if (weight === 0n) return '0.00';
  return kopecksToString((sum * 2n + weight) / (weight * 2n));
}

/** The unit price an order for a need of `line` takes under a bid. */
export function unitPriceForLine(
  bid: { unitPrice: string; linePrices: readonly { line: string; unitPrice: string }[] | null },
  line: string,
): string {
  return bid.linePrices?.find((price) => price.line === line)?.unitPrice ?? bid.unitPrice;
}
