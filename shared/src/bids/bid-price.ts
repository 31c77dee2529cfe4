import { roundToKopecks, subtractKopecks, toFraction, type Fraction } from '../domain/decimal';

export const VAT_RATES = ['20', '10', '0', 'none'] as const;
export type VatRate = (typeof VAT_RATES)[number];
export const DELIVERY_BASES = ['pickup', 'buyer_site', 'regional_terminal'] as const;
export type DeliveryBasis = (typeof DELIVERY_BASES)[number];

/** What the delivered price depends on: the bid's price, quantity and commercial terms. */
export type PriceTerms = {
  unitPrice: string;
  quantity: string;
  vatRate: VatRate;
  priceIncludesVat: boolean;
  deliveryBasis: DeliveryBasis;
  /** For the whole quantity, on the same VAT footing as the price; null: included in the price. */
  deliveryCost: string | null;
};

export type PriceBreakdown = {
  unitPriceWithoutVat: string;
  deliveryPerUnit: string;
  vatPerUnit: string;
  deliveredUnitPriceWithVat: string;
};

const percent = (rate: VatRate): bigint => (rate === '20' ? 20n : rate === '10' ? 10n : 0n);

const multiply = (a: Fraction, b: Fraction): Fraction => ({
  numerator: a.numerator * b.numerator,
  denominator: a.denominator * b.denominator,
});
const add = (a: Fraction, b: Fraction): Fraction => ({
  numerator: a.numerator * b.denominator + b.numerator * a.denominator,
  denominator: a.denominator * b.denominator,
});

/**
 * The delivered unit price with VAT, the figure bids are ranked by (issue 22), and how it was made up.
 *
 * - Delivery per unit: pick-up is 0 (the buyer's own transport is not priced: the buyer side weighs
 *   distance separately); to the buyer's site or a regional terminal it is the delivery cost spread
 *   over the bid's quantity, or 0 when the cost is included in the price (deliveryCost null).
 * - VAT: rates "0" and "none" add nothing; a price (and delivery cost) stated without VAT gets the
 *   rate added; one stated with VAT already carries it.
 * - Rounding: the delivered price is computed exactly and rounded once, half away from zero, to
 *   kopecks; the price and delivery parts without VAT are rounded the same way and VAT is the
 *   remainder, so the three parts always add up to the delivered price shown.
 */
export function deliveredPrice(terms: PriceTerms): PriceBreakdown {
  const quantity = toFraction(terms.quantity);
  const price = toFraction(terms.unitPrice);
  const cost = terms.deliveryBasis === 'pickup' || terms.deliveryCost === null ? '0' : terms.deliveryCost;
  // cost ÷ quantity as a fraction: (cost.n / cost.d) × (quantity.d / quantity.n).
  const costFraction = toFraction(cost);
  const delivery: Fraction = {
    numerator: costFraction.numerator * quantity.denominator,
    denominator: costFraction.denominator * quantity.numerator,
  };
  const rate = percent(terms.vatRate);
  // Factors turning the stated figures into figures with VAT and without it.
  const toGross: Fraction = terms.priceIncludesVat
    ? { numerator: 1n, denominator: 1n }
    : { numerator: 100n + rate, denominator: 100n };
  const toNet: Fraction = terms.priceIncludesVat
    ? { numerator: 100n, denominator: 100n + rate }
    : { numerator: 1n, denominator: 1n };
  const delivered = roundToKopecks(multiply(add(price, delivery), toGross));
  const unitPriceWithoutVat = roundToKopecks(multiply(price, toNet));
  const deliveryPerUnit = roundToKopecks(multiply(delivery, toNet));
  const vatPerUnit = subtractKopecks(subtractKopecks(delivered, unitPriceWithoutVat), deliveryPerUnit);
  return { unitPriceWithoutVat, deliveryPerUnit, vatPerUnit, deliveredUnitPriceWithVat: delivered };
}
