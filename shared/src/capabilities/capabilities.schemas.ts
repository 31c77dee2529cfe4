import { z } from 'zod';
import { isoDate, paginated, positiveDecimalString, text, uuid } from '../common/common.schemas';
import { organizationRefSchema } from '../organizations/organizations.schemas';
import {
  federalDistrictSchema,
  okeiUnitSchema,
  okpd2ValueSchema,
  regionCodeSchema,
} from '../reference/reference.schemas';

const unique = <T>(values: T[]) => [...new Set(values)];

/** Confirmation of localization under Government Resolution 719 (the industrial products registry). */
export const localizationSchema = z.object({
  pp719RegistryNumber: text(1, 50),
  validUntil: isoDate,
});
export type Localization = z.infer<typeof localizationSchema>;

/** Fields a manufacturer writes; no defaults here, so the partial update schema never invents values. */
const capabilityFields = {
  title: text(3, 300),
  description: text(0, 10_000),
  okpd2: z.array(okpd2ValueSchema).min(1).max(20).transform(unique),
  monthlyCapacity: positiveDecimalString(3),
  unit: okeiUnitSchema,
  minOrderQuantity: positiveDecimalString(3),
  leadTimeDays: z.number().int().min(0).max(3650),
  /** Empty: delivers to every region. */
  deliveryRegionCodes: z.array(regionCodeSchema).max(100).transform(unique),
  /** Foreign products it replaces ("SKF 32210"). */
  analogues: z.array(text(1, 200)).max(50).transform(unique),
  localization: localizationSchema,
};

export const createCapabilitySchema = z.object({
  ...capabilityFields,
  description: capabilityFields.description.default(''),
  minOrderQuantity: capabilityFields.minOrderQuantity.optional(),
  deliveryRegionCodes: capabilityFields.deliveryRegionCodes.default([]),
  analogues: capabilityFields.analogues.default([]),
  localization: capabilityFields.localization.optional(),
  /** Only an administrator posts for a manufacturer other than its own organization. */
  manufacturerOrganizationId: uuid.optional(),
});
export type CreateCapabilityInput = z.input<typeof createCapabilitySchema>;
export type CreateCapability = z.output<typeof createCapabilitySchema>;

export const updateCapabilitySchema = z
  .object({
    ...capabilityFields,
    minOrderQuantity: capabilityFields.minOrderQuantity.nullable(),
    localization: capabilityFields.localization.nullable(),
    /** `true` reactivates a capability that DELETE deactivated. */
    active: z.boolean(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type UpdateCapability = z.infer<typeof updateCapabilitySchema>;

export const capabilitySchema = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  okpd2: z.array(z.string()),
  monthlyCapacity: z.string(),
  unit: okeiUnitSchema,
  minOrderQuantity: z.string().nullable(),
  leadTimeDays: z.number().int(),
  deliveryRegionCodes: z.array(z.string()),
  analogues: z.array(z.string()),
  localization: localizationSchema.nullable(),
  active: z.boolean(),
  version: z.number().int(),
  manufacturerOrganizationId: uuid,
  manufacturer: organizationRefSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Capability = z.infer<typeof capabilitySchema>;

export const capabilityListQuerySchema = z.object({
  /** Words (Russian or English, any form), misspellings, part numbers of analogues. */
  q: text(1, 200).optional(),
  /** Any of its codes lies under this one: `28` finds everything in class 28. */
  okpd2: okpd2ValueSchema.optional(),
  /** Delivers to this region (capabilities delivering everywhere included). */
  region: regionCodeSchema.optional(),
  /** Delivers to some region of this federal district. */
  district: federalDistrictSchema.optional(),
  organization: uuid.optional(),
  /** Default `true`; `false` lists deactivated ones (own, or all for analysts); `all` both. */
  active: z
    .enum(['true', 'false', 'all'])
    .default('true')
    .transform((value) => (value === 'all' ? undefined : value === 'true')),
  sort: z.enum(['relevance', 'date']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type CapabilityListQuery = z.infer<typeof capabilityListQuerySchema>;

export const capabilityPageSchema = paginated(capabilitySchema);
export type CapabilityPage = z.infer<typeof capabilityPageSchema>;
