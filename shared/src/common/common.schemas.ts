import { z } from 'zod';

const NUL = '\u0000';

/** Text PostgreSQL can store: trimmed, no NUL character (PostgreSQL rejects it in text columns). */
export const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !value.includes(NUL), { message: 'must not contain a NUL character' });

export const optionalText = (max: number) => text(0, max).optional();

export const uuid = z.uuid();
export const idParams = z.object({ id: uuid });

/** A non-negative decimal as a string ("12500.00"): money and quantities never travel as floats. */
export const decimalString = (scale: number) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{1,15}(\\.\\d{1,${scale}})?$`), {
      message: `must be a decimal with at most ${scale} decimals`,
    });

export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const paginated = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

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
