import { z } from 'zod';
import {
  booleanQuery,
  isoDate,
  paginated,
  positiveDecimalString,
  text,
  uuid,
} from '../common/common.schemas';
import { contactsSchema, organizationRefSchema } from '../organizations/organizations.schemas';
import {
  federalDistrictSchema,
  okeiUnitSchema,
  okpd2ValueSchema,
  regionCodeSchema,
} from '../reference/reference.schemas';

/** draft → open → awarded → closed, or cancelled / expired (DESIGN.md §2). */
export const NEED_STATUSES = ['draft', 'open', 'awarded', 'closed', 'cancelled', 'expired'] as const;
export const needStatusSchema = z.enum(NEED_STATUSES);
export type NeedStatus = z.infer<typeof needStatusSchema>;

/** Quantities keep three decimals (kilograms, tonnes); money two. Both travel as strings. */
export const quantitySchema = positiveDecimalString(3);
export const moneySchema = positiveDecimalString(2);

/** EAEU TN VED code: the 4-digit heading, or 6, 8 or the full 10 digits. */
export const tnvedSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(\d{2}){0,3}$/, { message: 'must be a TN VED code of 4, 6, 8 or 10 digits' });

/** Fields a buyer writes; no defaults here, so the partial update schema never invents values. */
const needFields = {
  title: text(3, 300),
  description: text(0, 10_000),
  okpd2: okpd2ValueSchema,
  tnved: tnvedSchema,
  quantity: quantitySchema,
  unit: okeiUnitSchema,
  targetUnitPrice: moneySchema,
  neededBy: isoDate,
  deliveryRegionCode: regionCodeSchema,
  /** The foreign product, brand or part number being substituted ("SKF 32210"). */
  replaces: text(1, 500),
  /** Production stops without it. */
  critical: z.boolean(),
  /** Several bids may be accepted, each for a share, up to the quantity. */
  allowSplitAward: z.boolean(),
};

export const createNeedSchema = z.object({
  ...needFields,
  description: needFields.description.default(''),
  tnved: needFields.tnved.optional(),
  targetUnitPrice: needFields.targetUnitPrice.optional(),
  replaces: needFields.replaces.optional(),
  critical: needFields.critical.default(false),
  allowSplitAward: needFields.allowSplitAward.default(false),
  /** Publish at once instead of saving a draft. */
  publish: z.boolean().default(false),
  /** Only when a centre (or an administrator) posts for an enterprise. */
  buyerOrganizationId: uuid.optional(),
});
export type CreateNeedInput = z.input<typeof createNeedSchema>;
export type CreateNeed = z.output<typeof createNeedSchema>;

export const updateNeedSchema = z
  .object({
    ...needFields,
    tnved: needFields.tnved.nullable(),
    targetUnitPrice: needFields.targetUnitPrice.nullable(),
    replaces: needFields.replaces.nullable(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type UpdateNeed = z.infer<typeof updateNeedSchema>;

/** Optional body of publish / cancel / close (Fastify hands an absent body over as null). */
export const needTransitionSchema = z.object({ reason: text(0, 1000).optional() }).nullish();
export type NeedTransition = z.infer<typeof needTransitionSchema>;

export const needSchema = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  okpd2: z.string(),
  tnved: z.string().nullable(),
  quantity: z.string(),
  unit: okeiUnitSchema,
  targetUnitPrice: z.string().nullable(),
  neededBy: z.string(),
  deliveryRegionCode: z.string(),
  replaces: z.string().nullable(),
  critical: z.boolean(),
  allowSplitAward: z.boolean(),
  status: needStatusSchema,
  version: z.number().int(),
  buyerOrganizationId: uuid,
  postedByOrganizationId: uuid,
  buyer: organizationRefSchema,
  /** Private: only the buyer, the posting centre and analysts see it (no bid accepted yet). */
  buyerContacts: contactsSchema.optional(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Need = z.infer<typeof needSchema>;

export const NEED_SORTS = ['relevance', 'date'] as const;

/** "open" or "open,awarded". */
const statusList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((s) => s.trim()))])
  .pipe(z.array(needStatusSchema).min(1).max(NEED_STATUSES.length));

export const needListQuerySchema = z.object({
  /** Words (Russian or English, any form), misspellings, part numbers. */
  q: text(1, 200).optional(),
  /** Code prefix by classifier level: `28` finds everything in class 28. */
  okpd2: okpd2ValueSchema.optional(),
  /** Delivery region. */
  region: regionCodeSchema.optional(),
  /** Federal district of the delivery region. */
  district: federalDistrictSchema.optional(),
  status: statusList.optional(),
  critical: booleanQuery.optional(),
  buyer: uuid.optional(),
  postedBy: uuid.optional(),
  /** Relevance needs `q`; without it the list is newest first. */
  sort: z.enum(NEED_SORTS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type NeedListQuery = z.infer<typeof needListQuerySchema>;

export const needPageSchema = paginated(needSchema);
export type NeedPage = z.infer<typeof needPageSchema>;
