import { z } from 'zod';
import { booleanQuery, decimalString, itemsOf, text, uuid } from '../common/common.schemas';
import { isPositiveDecimal } from '../domain/decimal';
import { okpd2ValueSchema, regionCodeSchema } from '../reference/reference.schemas';

/** Money up to 15 digits and two decimals, above zero (a grant "up to 100 million roubles"). */
const maxAmountSchema = decimalString(2).refine(isPositiveDecimal, { message: 'must be greater than zero' });

/** What the state gives (DESIGN.md §5 "Sites and measures"). */
export const SUPPORT_MEASURE_TYPES = [
  'grant',
  'subsidy',
  'loan',
  'tax_benefit',
  'special_investment_contract',
  'residency_benefit',
] as const;
export const supportMeasureTypeSchema = z.enum(SUPPORT_MEASURE_TYPES);
export type SupportMeasureType = z.infer<typeof supportMeasureTypeSchema>;

const urlSchema = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
  .max(500, { message: 'must be at most 500 characters' });

/** Fields an administrator writes; no defaults here, so the partial update schema never invents values. */
const measureFields = {
  name: text(3, 300),
  /** Who runs the programme: a ministry, a development fund, a regional agency. */
  operator: text(2, 300),
  description: text(0, 5000),
  type: supportMeasureTypeSchema,
  maxAmount: maxAmountSchema.nullable(),
  /** OKPD2 codes the measure is limited to; a code covers every code under it. Empty: all goods. */
  okpd2Prefixes: z.array(okpd2ValueSchema).max(200),
  /** Regions the measure is limited to. Empty: every region (a federal measure). */
  regionCodes: z.array(regionCodeSchema).max(100),
  url: urlSchema.nullable(),
  active: z.boolean(),
};

export const createSupportMeasureSchema = z.object({
  ...measureFields,
  description: measureFields.description.default(''),
  type: measureFields.type.default('subsidy'),
  maxAmount: measureFields.maxAmount.default(null),
  okpd2Prefixes: measureFields.okpd2Prefixes.default([]),
  regionCodes: measureFields.regionCodes.default([]),
  url: measureFields.url.default(null),
  active: measureFields.active.default(true),
});
export type CreateSupportMeasureInput = z.input<typeof createSupportMeasureSchema>;
export type CreateSupportMeasure = z.output<typeof createSupportMeasureSchema>;

export const updateSupportMeasureSchema = z
  .object(measureFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type UpdateSupportMeasure = z.infer<typeof updateSupportMeasureSchema>;

export const supportMeasureSchema = z.object({
  id: uuid,
  name: z.string(),
  operator: z.string(),
  description: z.string(),
  type: supportMeasureTypeSchema,
  /** Decimal string, roubles; null when the programme names no ceiling. */
  maxAmount: z.string().nullable(),
  okpd2Prefixes: z.array(z.string()),
  regionCodes: z.array(z.string()),
  url: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupportMeasure = z.infer<typeof supportMeasureSchema>;

/** What lots, niches and need pages show of a measure. */
export const supportMeasureRefSchema = supportMeasureSchema.pick({
  id: true,
  name: true,
  operator: true,
  type: true,
  maxAmount: true,
  url: true,
});
export type SupportMeasureRef = z.infer<typeof supportMeasureRefSchema>;

export const supportMeasureListSchema = itemsOf(supportMeasureSchema);
export type SupportMeasureList = z.infer<typeof supportMeasureListSchema>;

/**
 * GET /support-measures: active ones for everyone; administrators may ask for inactive ones too.
 * `type`, `region` and `okpd2` narrow the list to the measures that apply: a measure without a region
 * (or OKPD2) scope applies everywhere (to all goods).
 */
export const supportMeasureListQuerySchema = z.object({
  active: booleanQuery.optional(),
  type: supportMeasureTypeSchema.optional(),
  region: regionCodeSchema.optional(),
  okpd2: okpd2ValueSchema.optional(),
});
export type SupportMeasureListQuery = z.infer<typeof supportMeasureListQuerySchema>;

/** GET /support-measures/applicable: what applies to goods of this code (delivered to / made in this region). */
export const applicableSupportMeasuresQuerySchema = z.object({
  okpd2: okpd2ValueSchema,
  region: regionCodeSchema.optional(),
});
export type ApplicableSupportMeasuresQuery = z.infer<typeof applicableSupportMeasuresQuerySchema>;
