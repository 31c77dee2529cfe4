import { parseDecimalInput } from '@zamena/shared/domain/decimal';
import type { Bid, CreateBidInput, UpdateBid } from '@zamena/shared/bids/bids.schemas';
import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import {
  initialTermsValues,
  termsPaths,
  toTermsInput,
  type TermsFormValues,
} from '../../../components/bid-terms/bid-terms-values';

export type BidFormValues = {
  unitPrice: string;
  quantity: string;
  leadTimeDays: string;
  validUntil: string;
  comment: string;
  capabilityId: string;
} & TermsFormValues;

const BASE_PATHS = {
  unitPrice: 'unitPrice',
  quantity: 'quantity',
  leadTimeDays: 'leadTimeDays',
  validUntil: 'validUntil',
  comment: 'comment',
  capabilityId: 'capabilityId',
};

/** Where each form field sits in the schema, for a form with `lines` delivery lines. */
export const bidFormPaths = (lines: number) =>
  ({ ...BASE_PATHS, ...termsPaths(lines) }) as Record<keyof BidFormValues, string>;

/** The form's fields before any delivery line, as the old tests and the base paths name them. */
export const BID_FORM_PATHS = bidFormPaths(0);

const OFFER_VALID_DAYS = 30;

/** A date `days` after `from`, as the date input takes it (UTC, like the server's "today"). */
export function isoDateAfter(from: Date, days: number): string {
  const date = new Date(from.getTime());
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Length of the common prefix of two OKPD2 codes, cut back to a whole level ("28.15.10" vs "28.15.20" → 5). */
function sharedLevels(a: string, b: string): number {
  let length = 0;
  while (length < Math.min(a.length, b.length) && a[length] === b[length]) length++;
  const atBoundary = (code: string) => length === code.length || code[length] === '.';
  if (atBoundary(a) && atBoundary(b)) return length;
  return Math.max(0, a.lastIndexOf('.', length - 1));
}

/** Which of the bidder's capabilities the offer most likely comes from: the deepest shared OKPD2 prefix. */
export function suggestCapability(need: Pick<Need, 'okpd2'>, capabilities: readonly Capability[]) {
  let best: { id: string; depth: number } | null = null;
  if (!need.okpd2) return '';
  for (const capability of capabilities) {
    for (const code of capability.okpd2) {
      const depth = sharedLevels(code, need.okpd2);
      // Sharing less than the OKPD2 group ("28.15") is not a real fit.
      if (depth >= 5 && (!best || depth > best.depth)) best = { id: capability.id, depth };
    }
  }
  return best?.id ?? '';
}

/** A new offer starts from the need's whole quantity and a month's validity; a revision from the bid. */
export function initialBidValues(
  need: Pick<Need, 'quantity'>,
  bid: Bid | undefined,
  today: Date,
  suggestedCapabilityId = '',
): BidFormValues {
  if (bid) {
    return {
      unitPrice: bid.unitPrice,
      quantity: bid.quantity,
      leadTimeDays: String(bid.leadTimeDays),
      validUntil: bid.validUntil,
      comment: bid.comment,
      capabilityId: bid.capabilityId ?? '',
      ...initialTermsValues(bid),
    };
  }
  return {
    unitPrice: '',
    quantity: need.quantity ?? '',
    leadTimeDays: '',
    validUntil: isoDateAfter(today, OFFER_VALID_DAYS),
    comment: '',
    capabilityId: suggestedCapabilityId,
    ...initialTermsValues(undefined),
  };
}

const trimmed = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Fields a blank input leaves out: the shared schema then refuses them as required. */
type Blankable = 'unitPrice' | 'quantity' | 'leadTimeDays' | 'validUntil';
export type BidDraft = Omit<CreateBidInput, Blankable> & Partial<Pick<CreateBidInput, Blankable>>;

/** Form strings → the shared schema's input; a comma typed as the decimal separator becomes a dot. */
export function toBidInput(values: BidFormValues): BidDraft {
  const days = trimmed(values.leadTimeDays);
  return {
    // The shared schema reads "1 200,50 ₽" itself (parseDecimalInput).
    unitPrice: trimmed(values.unitPrice),
    quantity: trimmed(values.quantity),
    leadTimeDays: days === undefined ? undefined : Number(days),
    validUntil: trimmed(values.validUntil),
    comment: values.comment,
    capabilityId: trimmed(values.capabilityId),
    ...toTermsInput(values),
  };
}

/** A revision sends every term (PATCH keeps what is not sent); clearing the capability detaches it. */
export function toBidPatch(input: CreateBidInput): UpdateBid {
  return {
    unitPrice: input.unitPrice,
    quantity: input.quantity,
    leadTimeDays: input.leadTimeDays,
    validUntil: input.validUntil,
    comment: input.comment ?? '',
    capabilityId: input.capabilityId ?? null,
    vatRate: input.vatRate,
    priceIncludesVat: input.priceIncludesVat,
    deliveryBasis: input.deliveryBasis,
    deliveryCost: input.deliveryCost ?? null,
    prepaymentPercent: input.prepaymentPercent ?? null,
    paymentDays: input.paymentDays ?? null,
    warrantyMonths: input.warrantyMonths ?? null,
    schedule: input.schedule ?? null,
  };
}

/** unitPrice × quantity rounded half-up to kopecks, on strings (the server computes the same in SQL). */
export function estimateTotal(unitPrice: string, quantity: string): string | null {
  const pattern = /^\d{1,15}(\.\d+)?$/;
  // Read as the schema reads them: "1 200,50 ₽" is 1200.50.
  const price = parseDecimalInput(unitPrice) ?? '';
  const amount = parseDecimalInput(quantity) ?? '';
  if (!pattern.test(price) || !pattern.test(amount)) return null;
  const split = (value: string) => {
    const [whole = '0', fraction = ''] = value.split('.');
    return { digits: BigInt(`${whole}${fraction}`), scale: fraction.length };
  };
  const a = split(price);
  const b = split(amount);
  const scale = a.scale + b.scale;
  let product = a.digits * b.digits;
  if (scale > 2) {
    const divisor = 10n ** BigInt(scale - 2);
    product = (product + divisor / 2n) / divisor;
  } else {
    product *= 10n ** BigInt(2 - scale);
  }
  const text = product.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
