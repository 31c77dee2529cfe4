import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { FieldError } from '../../lib/errors';

/** Checks of a bid's terms against its need, exact on decimal strings (no floats). */

const SCALE = 3;

/** "1200.5" → 1200500n at three decimals: exact comparison of quantities and money. */
function scaled(value: string): bigint {
  const [whole = '0', fraction = ''] = value.trim().split('.');
  return BigInt(`${whole}${fraction.padEnd(SCALE, '0').slice(0, SCALE)}`);
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareDecimals(a: string, b: string): number {
  const difference = scaled(a) - scaled(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

export type Terms = { quantity?: string; validUntil?: string };

/** The quantity fits the need and the offer is still valid today (UTC). */
export function termsErrors(terms: Terms, needQuantity: string, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (terms.quantity !== undefined && compareDecimals(terms.quantity, needQuantity) > 0) {
    errors.push({
      path: 'quantity',
      message: `must not exceed the need's quantity (${trimDecimal(needQuantity)})`,
    });
  }
  if (terms.validUntil !== undefined && terms.validUntil < today) {
    errors.push({ path: 'validUntil', message: 'must not be in the past' });
  }
  return errors;
}
