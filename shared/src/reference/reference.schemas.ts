import { z } from 'zod';
import { text } from '../common/common.schemas';
import { OKEI_CODES } from '../domain/okei';
import { OKPD2_CODE_PATTERN, OKPD2_LEVELS } from '../domain/okpd2';

export const FEDERAL_DISTRICTS = [
  'central',
  'northwestern',
  'southern',
  'north_caucasian',
  'volga',
  'ural',
  'siberian',
  'far_eastern',
] as const;
export const federalDistrictSchema = z.enum(FEDERAL_DISTRICTS);
export type FederalDistrict = z.infer<typeof federalDistrictSchema>;

export const regionCodeSchema = z.string().regex(/^\d{2}$/, { message: 'must be a two-digit region code' });

export const regionSchema = z.object({
  code: regionCodeSchema,
  nameRu: z.string(),
  nameEn: z.string(),
  federalDistrict: federalDistrictSchema,
  capital: z.string(),
  lat: z.number(),
  lon: z.number(),
  timezone: z.string(),
});
export type Region = z.infer<typeof regionSchema>;

/** An OKPD2 code from the class level down (`28`, `28.15`, `28.15.10.120`); sections are not codes of goods. */
export const okpd2ValueSchema = z
  .string()
  .trim()
  .refine((value) => /^\d/.test(value) && OKPD2_CODE_PATTERN.test(value), {
    message: 'must be an OKPD2 code such as 28, 28.15 or 28.15.10.120',
  });

export const okeiUnitSchema = z.enum(OKEI_CODES, { message: 'must be an OKEI unit code such as 796' });

export const okpd2LevelSchema = z.enum(OKPD2_LEVELS);

export const okpd2CodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  level: okpd2LevelSchema,
});
export type Okpd2Code = z.infer<typeof okpd2CodeSchema>;

export const okpd2QuerySchema = z.object({
  q: text(0, 200).optional(),
  parent: text(1, 20).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type Okpd2Query = z.infer<typeof okpd2QuerySchema>;

export const okpd2SuggestQuerySchema = z.object({
  title: text(2, 300),
  limit: z.coerce.number().int().min(1).max(10).default(6),
});
export type Okpd2SuggestQuery = z.infer<typeof okpd2SuggestQuerySchema>;

/** Why a code is suggested: its name matches the title, or needs with similar titles carry it. */
export const OKPD2_SUGGESTION_REASONS = ['name', 'similar_needs'] as const;

export const okpd2SuggestionSchema = okpd2CodeSchema.extend({
  reason: z.enum(OKPD2_SUGGESTION_REASONS),
});
export type Okpd2Suggestion = z.infer<typeof okpd2SuggestionSchema>;
