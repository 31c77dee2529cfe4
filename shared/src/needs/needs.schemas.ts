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

/** What a draft may leave out; publishing (at once or later) needs each of them (DESIGN.md §2). */
export const FIELDS_TO_PUBLISH = ['okpd2', 'quantity', 'unit', 'neededBy', 'deliveryRegionCode'] as const;
export type FieldToPublish = (typeof FIELDS_TO_PUBLISH)[number];
export const REQUIRED_MESSAGE = 'is required';

/** The fields a need still lacks before it can be published (empty when it is complete). */
export const missingToPublish = (need: Partial<Record<FieldToPublish, unknown>>): FieldToPublish[] =>
  FIELDS_TO_PUBLISH.filter((field) => need[field] === undefined || need[field] === null);

const requireToPublish = (need: Partial<Record<FieldToPublish, unknown>>, context: z.RefinementCtx) => {
  for (const field of missingToPublish(need)) {
    context.addIssue({ code: 'custom', path: [field], message: REQUIRED_MESSAGE });
  }
};

export const createNeedSchema = z
  .object({
    ...needFields,
    description: needFields.description.default(''),
    okpd2: needFields.okpd2.optional(),
    tnved: needFields.tnved.optional(),
    quantity: needFields.quantity.optional(),
    unit: needFields.unit.optional(),
    targetUnitPrice: needFields.targetUnitPrice.optional(),
    neededBy: needFields.neededBy.optional(),
    deliveryRegionCode: needFields.deliveryRegionCode.optional(),
    replaces: needFields.replaces.optional(),
    critical: needFields.critical.default(false),
    allowSplitAward: needFields.allowSplitAward.default(false),
    /** Publish at once instead of saving a draft (a draft needs only a title). */
    publish: z.boolean().default(false),
    /** Only when a centre (or an administrator) posts for an enterprise. */
    buyerOrganizationId: uuid.optional(),
  })
  .superRefine((need, context) => {
    if (need.publish) requireToPublish(need, context);
  });
export type CreateNeedInput = z.input<typeof createNeedSchema>;
export type CreateNeed = z.output<typeof createNeedSchema>;

const updateNeedObject = z
  .object({
    ...needFields,
    // A draft may clear them again; an open need may not (the service refuses, naming the field).
    okpd2: needFields.okpd2.nullable(),
    quantity: needFields.quantity.nullable(),
    unit: needFields.unit.nullable(),
    neededBy: needFields.neededBy.nullable(),
    deliveryRegionCode: needFields.deliveryRegionCode.nullable(),
    tnved: needFields.tnved.nullable(),
    targetUnitPrice: needFields.targetUnitPrice.nullable(),
    replaces: needFields.replaces.nullable(),
  })
  .partial();

export const updateNeedSchema = updateNeedObject.refine((value) => Object.keys(value).length > 0, {
  message: 'nothing to change',
});
export type UpdateNeed = z.infer<typeof updateNeedSchema>;

/**
 * For a form that sends every field of an open need (or saves a draft to publish it): each field
 * to publish present, as the server will require.
 */
export const completeNeedUpdateSchema = updateNeedObject.superRefine(requireToPublish);

/** Fields a PATCH clears that an open need cannot do without. */
export const clearedToPublish = (patch: UpdateNeed): FieldToPublish[] =>
  FIELDS_TO_PUBLISH.filter((field) => patch[field] === null);

/** Optional body of publish / cancel / close (Fastify hands an absent body over as null). */
export const needTransitionSchema = z.object({ reason: text(0, 1000).optional() }).nullish();
export type NeedTransition = z.infer<typeof needTransitionSchema>;

export const needSchema = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  /** Null only on a draft, as are quantity, unit, neededBy and deliveryRegionCode. */
  okpd2: z.string().nullable(),
  tnved: z.string().nullable(),
  quantity: z.string().nullable(),
  unit: okeiUnitSchema.nullable(),
  targetUnitPrice: z.string().nullable(),
  neededBy: z.string().nullable(),
  deliveryRegionCode: z.string().nullable(),
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

/**
 * A need form's schema with the server's date rule (needs.placement.ts): the needed-by date not
 * before `today`, the user's day in the browser.
 */
export const withNeededByFrom = <S extends z.ZodType<{ neededBy?: string | null }>>(
  schema: S,
  today: string,
) =>
  schema.superRefine((need, context) => {
    if (need.neededBy && need.neededBy < today) {
      context.addIssue({ code: 'custom', path: ['neededBy'], message: 'must not be in the past' });
    }
  });

/** GET /needs/similar-recent: before posting, the caller's organization's needs of the last day like this title. */
export const similarRecentQuerySchema = z.object({ title: text(3, 300) });
export type SimilarRecentQuery = z.infer<typeof similarRecentQuerySchema>;

export const similarNeedSchema = z.object({
  id: uuid,
  title: z.string(),
  status: needStatusSchema,
  createdAt: z.string(),
});
export type SimilarNeed = z.infer<typeof similarNeedSchema>;

export const similarNeedsSchema = z.object({ items: z.array(similarNeedSchema) });
export type SimilarNeeds = z.infer<typeof similarNeedsSchema>;
