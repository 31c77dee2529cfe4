/**
 * PostgreSQL returns `numeric(18,3)` as "1200.000"; quantities read better as "1200" (money keeps its
 * two decimals and is not passed through here). Works on the string, never through a float.
 */
export function trimDecimal(value: string): string {
  if (!value.includes('.')) return value;
  return value.replace(/\.?0+$/, '');
}

/** True for a decimal string above zero ("0.001" yes, "0.000" no). */
export function isPositiveDecimal(value: string): boolean {
  return /[1-9]/.test(value);
}

const SCALE = 3;

/** "1200.5" → 1200500n at three decimals: exact comparison of quantities and money. */
function scaled(value: string): bigint {
  const [whole = '0', fraction = ''] = value.trim().split('.');
  return BigInt(`${whole}${fraction.padEnd(SCALE, '0').slice(0, SCALE)}`);
}

/** Negative when a < b, zero when equal, positive when a > b (decimal strings of at most 3 decimals). */
export function compareDecimals(a: string, b: string): number {
  const difference = scaled(a) - scaled(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

// Spaces people and spreadsheets put between thousands: ordinary, no-break, narrow no-break, thin,
// figure space, and the apostrophe of Swiss-style grouping.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;
// A currency sign or word after the amount: "1 200,50 ₽", "850 руб.", "12 р.", "5 RUB".
const CURRENCY_SUFFIX = /\s*(₽|руб\.?|р\.|rub|rur)$/iu;
const MINUS = /^[-\u2212\u2013]/;

/** "1,200" or "1.200.300" used as thousands: groups of exactly three digits after the first. */
const isGrouped = (digits: string, separator: string) =>
  new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(digits);

/**
 * A number as people type it → a plain decimal string the schemas take: "12,5" → "12.5",
 * "1 200,50 ₽" → "1200.50", "1,200.50" → "1200.50", "−5" → "-5". A lone comma or dot separates the
 * decimals; when both appear the last one does and the other must group thousands. Undefined for
 * what is not one number ("1,2,3", "12.5.1", "12a"): never guessed, so nothing is misread.
 */
export function parseDecimalInput(input: string): string | undefined {
  let text = input.trim().replace(CURRENCY_SUFFIX, '').replace(GROUP_SPACES, '');
  const negative = MINUS.test(text);
  if (negative) text = text.slice(1);
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastDot);
  if (decimalAt >= 0) {
    const separator = text[decimalAt]!;
    const whole = text.slice(0, decimalAt);
    const other = separator === ',' ? '.' : ',';
    if (whole.includes(separator)) return undefined;
    if (whole.includes(other) && !isGrouped(whole, other)) return undefined;
    text = `${whole.replaceAll(other, '') || '0'}.${text.slice(decimalAt + 1)}`;
  }
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return negative ? `-${text}` : text;
}

/** An exact rational number: money arithmetic that needs division stays exact until the one rounding. */
export type Fraction = { numerator: bigint; denominator: bigint };

/** "12.345" → 12345/1000, exactly (a plain decimal string, as the schemas produce). */
export function toFraction(value: string): Fraction {
  const negative = value.trim().startsWith('-');
  const [whole = '0', fraction = ''] = value.trim().replace(/^-/, '').split('.');
  const numerator = BigInt(`${whole || '0'}${fraction}`);
  return { numerator: negative ? -numerator : numerator, denominator: 10n ** BigInt(fraction.length) };
}

/**
 * A fraction rounded to kopecks, half away from zero (the rounding Russian invoices use), as "123.45".
 * The denominator must be positive.
 */
export function roundToKopecks({ numerator, denominator }: Fraction): string {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const kopecks = (magnitude * 100n * 2n + denominator) / (denominator * 2n);
  const digits = kopecks.toString().padStart(3, '0');
  const sign = negative && kopecks !== 0n ? '-' : '';
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** a × b rounded once to kopecks. */
export const multiplyToKopecks = (a: string, b: string): string => {
  const x = toFraction(a);
  const y = toFraction(b);
  return roundToKopecks({ numerator: x.numerator * y.numerator, denominator: x.denominator * y.denominator });
};

/** a ÷ b rounded once to kopecks; b must not be zero. */
export const divideToKopecks = (a: string, b: string): string => {
  const x = toFraction(a);
  const y = toFraction(b);
  if (y.numerator === 0n) throw new RangeError('division by zero');
  const sign = y.numerator < 0n ? -1n : 1n;
  return roundToKopecks({
    numerator: sign * x.numerator * y.denominator,
    denominator: sign * y.numerator * x.denominator,
  });
};

/** a − b for amounts in kopecks ("10.00" − "3.33" = "6.67"), exact. */
export const subtractKopecks = (a: string, b: string): string => {
  const x = toFraction(a);
  const y = toFraction(b);
  return roundToKopecks({
    numerator: x.numerator * y.denominator - y.numerator * x.denominator,
    denominator: x.denominator * y.denominator,
  });
};
