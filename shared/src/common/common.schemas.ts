import { z } from 'zod';
import { isPositiveDecimal, parseDecimalInput } from '../domain/decimal';

const NUL = '\u0000';
/** With the `u` flag, \p{Cs} matches only a surrogate that is not half of a pair. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/**
 * Text PostgreSQL can store: trimmed, no NUL character (text columns refuse it) and no unpaired UTF-16
 * surrogate (JSON allows "\ud800", but jsonb refuses it, and a text column would silently get U+FFFD).
 */
export const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !value.includes(NUL), { message: 'must not contain a NUL character' })
    .refine((value) => !UNPAIRED_SURROGATE.test(value), {
      message: 'must not contain an unpaired surrogate',
    });

export const optionalText = (max: number) => text(0, max).optional();

export const uuid = z.uuid();
export const idParams = z.object({ id: uuid });

/**
 * A non-negative decimal as a string ("12500.00"): money and quantities never travel as floats.
 * Typed spellings ("1 200,50 ₽") become "1200.50" here, so forms and the API accept the same text;
 * what `parseDecimalInput` cannot read goes on unchanged for the pattern to refuse.
 */
export const decimalString = (scale: number) =>
  z
    .string()
    .trim()
    .transform((value) => parseDecimalInput(value) ?? value)
    .pipe(
      z.string().regex(new RegExp(`^\\d{1,15}(\\.\\d{1,${scale}})?$`), {
        message: `must be a decimal with at most ${scale} decimals`,
      }),
    );

/** A decimal string above zero: quantities and prices ("0" is refused, "0.001" accepted). */
export const positiveDecimalString = (scale: number) =>
  decimalString(scale).refine(isPositiveDecimal, { message: 'must be greater than zero' });

export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const paginated = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** "true" / "false" in a query string. */
export const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
