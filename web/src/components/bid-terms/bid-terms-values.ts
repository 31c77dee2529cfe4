import {
  deliveredPrice,
  type DeliveryBasis,
  type PriceBreakdown,
  type VatRate,
} from '@zamena/shared/bids/bid-price';
import type { Bid, CreateBidInput } from '@zamena/shared/bids/bids.schemas';
import { parseDecimalInput } from '@zamena/shared/domain/decimal';

/** One partial delivery's fields, flattened so the validated form keeps every value a string. */
export type ScheduleKey = `schedule.${number}.date` | `schedule.${number}.quantity`;

/** The terms part of the bid form; `schedule` holds the number of delivery lines. */
export type TermsFormValues = {
  vatRate: string;
  priceIncludesVat: string;
  deliveryBasis: string;
  deliveryIncluded: string;
  deliveryCost: string;
  prepaymentPercent: string;
  paymentDays: string;
  warrantyMonths: string;
  schedule: string;
} & { [key: ScheduleKey]: string };

const TERM_KEYS = [
  'vatRate',
  'priceIncludesVat',
  'deliveryBasis',
  'deliveryIncluded',
  'deliveryCost',
  'prepaymentPercent',
  'paymentDays',
  'warrantyMonths',
  'schedule',
] as const;

export const lineCount = (values: Pick<TermsFormValues, 'schedule'>) => Number(values.schedule) || 0;

/** Where each terms field sits in the schema ("delivery included" is the cost's own checkbox). */
export function termsPaths(lines: number): Record<string, string> {
  const paths: Record<string, string> = Object.fromEntries(TERM_KEYS.map((key) => [key, key]));
  paths.deliveryIncluded = 'deliveryCost';
  for (let index = 0; index < lines; index++) {
    paths[`schedule.${index}.date`] = `schedule.${index}.date`;
    paths[`schedule.${index}.quantity`] = `schedule.${index}.quantity`;
  }
  return paths;
}

/** The bid's terms, or the common case for a new offer: VAT 20 % included, delivered to the buyer. */
export function initialTermsValues(bid: Bid | undefined): TermsFormValues {
  const terms = bid?.terms;
  const values: TermsFormValues = {
    vatRate: terms?.vatRate ?? '20',
    priceIncludesVat: String(terms?.priceIncludesVat ?? true),
    deliveryBasis: terms?.deliveryBasis ?? 'buyer_site',
    deliveryIncluded: String(!terms?.deliveryCost),
    deliveryCost: terms?.deliveryCost ?? '',
    prepaymentPercent: terms?.prepaymentPercent?.toString() ?? '',
    paymentDays: terms?.paymentDays?.toString() ?? '',
    warrantyMonths: terms?.warrantyMonths?.toString() ?? '',
    schedule: String(terms?.schedule?.length ?? 0),
  };
  terms?.schedule?.forEach((line, index) => {
    values[`schedule.${index}.date`] = line.date;
    values[`schedule.${index}.quantity`] = line.quantity;
  });
  return values;
}

const trimmed = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value.trim();
// An empty optional number is "not given"; anything else goes to the schema, which refuses non-numbers.
const optionalInt = (value: string) => {
  const text = trimmed(value);
  return text === undefined ? null : Number(text);
};

/** Form strings → the schema's terms input; a cost is sent only when delivery is priced separately. */
export function toTermsInput(values: TermsFormValues): Partial<CreateBidInput> {
  const basis = values.deliveryBasis as DeliveryBasis;
  const priced = basis !== 'pickup' && values.deliveryIncluded !== 'true';
  const lines = Array.from({ length: lineCount(values) }, (_, index) => ({
    date: trimmed(values[`schedule.${index}.date`]) as string,
    quantity: trimmed(values[`schedule.${index}.quantity`]) as string,
  }));
  return {
    vatRate: values.vatRate as VatRate,
    priceIncludesVat: values.priceIncludesVat === 'true',
    deliveryBasis: basis,
    // Empty when priced: the schema's "must be a decimal" names the field.
    deliveryCost: priced ? values.deliveryCost.trim() : null,
    prepaymentPercent: optionalInt(values.prepaymentPercent),
    paymentDays: optionalInt(values.paymentDays),
    warrantyMonths: optionalInt(values.warrantyMonths),
    schedule: lines.length > 0 ? lines : null,
  };
}

const DECIMAL = /^\d{1,15}(\.\d+)?$/;

/** The delivered price the buyer will compare, as the server computes it; null until the inputs read. */
export function previewDeliveredPrice(
  unitPrice: string,
  quantity: string,
  values: TermsFormValues,
): PriceBreakdown | null {
  const price = parseDecimalInput(unitPrice);
  const amount = parseDecimalInput(quantity);
  const input = toTermsInput(values);
  const cost = input.deliveryCost === null ? null : parseDecimalInput(input.deliveryCost ?? '');
  if (!price || !amount || !DECIMAL.test(price) || !DECIMAL.test(amount) || !/[1-9]/.test(amount))
    return null;
  if (cost !== null && (cost === undefined || !DECIMAL.test(cost))) return null;
  return deliveredPrice({
    unitPrice: price,
    quantity: amount,
    vatRate: input.vatRate as VatRate,
    priceIncludesVat: input.priceIncludesVat === true,
    deliveryBasis: input.deliveryBasis as DeliveryBasis,
    deliveryCost: cost,
  });
}

/** What is left to schedule: quantity − the lines' sum, exact; null while a figure does not read. */
export function remainingToSchedule(quantity: string, values: TermsFormValues): string | null {
  const scale = 3;
  const toThousandths = (text: string | undefined) => {
    const value = parseDecimalInput(text ?? '');
    if (!value || !/^\d{1,15}(\.\d{1,3})?$/.test(value)) return null;
    const [whole = '0', fraction = ''] = value.split('.');
    return BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
  };
  const total = toThousandths(quantity);
  if (total === null) return null;
  let left = total;
  for (let index = 0; index < lineCount(values); index++) {
    const line = toThousandths(values[`schedule.${index}.quantity`]);
    if (line === null) return null;
    left -= line;
  }
  const negative = left < 0n;
  const digits = (negative ? -left : left).toString().padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  return negative ? `-${text}` : text;
}
