import { z } from 'zod';
import { email, optionalText, text, uuid } from '../common/common.schemas';
import { isValidInn } from '../domain/inn';
import { isValidOgrn } from '../domain/ogrn';
import { regionCodeSchema } from '../reference/reference.schemas';

export const ORGANIZATION_KINDS = ['enterprise', 'center', 'association'] as const;
export const organizationKindSchema = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

export const CLUSTER_TYPES = ['industrial_cluster', 'technopark', 'industrial_park', 'sez'] as const;

export const innSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, { message: 'must contain digits only' })
  .refine((v) => v.length === 10 || v.length === 12, { message: 'must be 10 or 12 digits' })
  .refine(isValidInn, { message: 'checksum does not match' });

export const ogrnSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, { message: 'must contain digits only' })
  .refine((v) => v.length === 13 || v.length === 15, { message: 'must be 13 or 15 digits' })
  .refine(isValidOgrn, { message: 'checksum does not match' });

export const VERIFICATION_STATUSES = ['pending', 'verified', 'refused'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const clusterSchema = z.object({
  type: z.enum(CLUSTER_TYPES),
  name: text(1, 300),
});

export const contactsSchema = z.object({
  email: email.optional(),
  phone: optionalText(50),
  website: optionalText(300),
});

export const organizationSchema = z.object({
  id: uuid,
  name: z.string(),
  kind: organizationKindSchema,
  inn: z.string().nullable(),
  ogrn: z.string().nullable(),
  regionCode: z.string(),
  verified: z.boolean(),
  verifiedAt: z.string().nullable(),
  /** `pending`: waiting for the association; `refused`: refused or revoked (see `verificationReason`). */
  verificationStatus: z.enum(VERIFICATION_STATUSES),
  /** Private: the analyst's reason for the last refusal or revocation. */
  verificationReason: z.string().nullable().optional(),
  cluster: clusterSchema.nullable(),
  /** Agreed to be named as buyer in the open-data (OCDS) export; otherwise it is anonymised there. */
  openDataConsent: z.boolean(),
  /** Private: present only for the organization's own members, analysts and admins. */
  contacts: contactsSchema.optional(),
  createdAt: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

/** What lists show about the organization behind a need or a capability. */
export const organizationRefSchema = z.object({
  id: uuid,
  name: z.string(),
  regionCode: z.string(),
  verified: z.boolean(),
});
export type OrganizationRef = z.infer<typeof organizationRefSchema>;

export const newOrganizationSchema = z.object({
  name: text(2, 300),
  kind: organizationKindSchema,
  inn: innSchema,
  ogrn: ogrnSchema,
  regionCode: regionCodeSchema,
  cluster: clusterSchema.optional(),
});
export type NewOrganization = z.infer<typeof newOrganizationSchema>;

export const updateOrganizationSchema = z
  .object({
    name: text(2, 300),
    cluster: clusterSchema.nullable(),
    contacts: contactsSchema,
    openDataConsent: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type UpdateOrganization = z.infer<typeof updateOrganizationSchema>;

export const organizationListQuerySchema = z.object({
  kind: organizationKindSchema.optional(),
  region: regionCodeSchema.optional(),
  verified: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: text(1, 200).optional(),
  verification: z.enum(VERIFICATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;
