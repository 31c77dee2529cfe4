import { z } from 'zod';
import { itemsOf, text, uuid } from '../common/common.schemas';
import { federalDistrictSchema, okpd2ValueSchema, regionCodeSchema } from '../reference/reference.schemas';

/**
 * A subscription (DESIGN.md §5 "Subscriptions"; saved searches on the needs list are the same object):
 * OKPD2 classes (each covers the codes below it), regions or federal districts, and words. Criteria of
 * one kind are alternatives; kinds together narrow (class 28 in the Volga district).
 */
export const DIGEST_MODES = ['daily', 'off'] as const;
export const digestModeSchema = z.enum(DIGEST_MODES);
export type DigestMode = z.infer<typeof digestModeSchema>;

const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((values) => [...new Set(values)]);

const criteriaFields = {
  okpd2Prefixes: distinct(okpd2ValueSchema, 20),
  regionCodes: distinct(regionCodeSchema, 100),
  districts: distinct(federalDistrictSchema, 8),
  words: text(0, 200),
};

type Criteria = { okpd2Prefixes: string[]; regionCodes: string[]; districts: string[]; words: string };

/** A subscription that names nothing would follow the whole exchange: one criterion at least. */
export const hasCriteria = (criteria: Criteria) =>
  criteria.okpd2Prefixes.length > 0 ||
  criteria.regionCodes.length > 0 ||
  criteria.districts.length > 0 ||
  criteria.words.length > 0;

export const NO_CRITERIA_MESSAGE = 'name at least one OKPD2 class, region, federal district or word';

export const createSubscriptionSchema = z
  .object({
    okpd2Prefixes: criteriaFields.okpd2Prefixes.default([]),
    regionCodes: criteriaFields.regionCodes.default([]),
    districts: criteriaFields.districts.default([]),
    words: criteriaFields.words.default(''),
    digest: digestModeSchema.default('daily'),
  })
  .superRefine((value, context) => {
    if (!hasCriteria(value))
      context.addIssue({ code: 'custom', path: ['okpd2Prefixes'], message: NO_CRITERIA_MESSAGE });
  });
export type CreateSubscription = z.infer<typeof createSubscriptionSchema>;
/** What a form holds before defaults: every field present. */
export type SubscriptionInput = z.input<typeof createSubscriptionSchema>;

export const updateSubscriptionSchema = z.object({
  okpd2Prefixes: criteriaFields.okpd2Prefixes.optional(),
  regionCodes: criteriaFields.regionCodes.optional(),
  districts: criteriaFields.districts.optional(),
  words: criteriaFields.words.optional(),
  digest: digestModeSchema.optional(),
});
export type UpdateSubscription = z.infer<typeof updateSubscriptionSchema>;

export const subscriptionSchema = z.object({
  id: uuid,
  okpd2Prefixes: z.array(z.string()),
  regionCodes: z.array(z.string()),
  districts: z.array(federalDistrictSchema),
  words: z.string(),
  digest: digestModeSchema,
  /** When the last digest went out; null before the first. */
  lastDigestAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

export const subscriptionListSchema = itemsOf(subscriptionSchema);
export type SubscriptionList = z.infer<typeof subscriptionListSchema>;

export const digestNeedSchema = z.object({
  id: uuid,
  title: z.string(),
  okpd2: z.string(),
  quantity: z.string(),
  unit: z.string(),
  deliveryRegionCode: z.string(),
  neededBy: z.string(),
  publishedAt: z.string(),
});
export type DigestNeed = z.infer<typeof digestNeedSchema>;

export const digestLotSchema = z.object({
  id: uuid,
  okpd2Kind: z.string(),
  unit: z.string(),
  totalQuantity: z.string(),
  needsCount: z.number().int(),
  regionsCount: z.number().int(),
  publishedAt: z.string(),
});
export type DigestLot = z.infer<typeof digestLotSchema>;

/** GET /subscriptions/:id/preview: what the next digest holds for this subscription. */
export const subscriptionPreviewSchema = z.object({
  /** New since: the last digest, or seven days back for a subscription that has had none. */
  since: z.string(),
  needs: z.array(digestNeedSchema),
  lots: z.array(digestLotSchema),
});
export type SubscriptionPreview = z.infer<typeof subscriptionPreviewSchema>;

/** The signed token of an e-mail's unsubscribe link (no sign-in). */
export const unsubscribeSchema = z.object({ token: text(1, 300) });
export type Unsubscribe = z.infer<typeof unsubscribeSchema>;

export const unsubscribedSchema = z.object({ id: uuid, digest: digestModeSchema });
export type Unsubscribed = z.infer<typeof unsubscribedSchema>;
