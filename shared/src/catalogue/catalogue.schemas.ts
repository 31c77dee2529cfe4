import { z } from 'zod';
import { paginated, uuid } from '../common/common.schemas';
import { needListQuerySchema } from '../needs/needs.schemas';
import { okeiUnitSchema } from '../reference/reference.schemas';

/**
 * The public catalogue's query: the needs list's filters that make sense for a guest (words, OKPD2
 * prefix, place, critical, paging). Status, buyer and "posted by" are left out: guests see open needs
 * only, and organizations are not looked up by id without sign-in.
 */
export const catalogueNeedQuerySchema = needListQuerySchema.pick({
  q: true,
  okpd2: true,
  region: true,
  district: true,
  critical: true,
  sort: true,
  limit: true,
  cursor: true,
});
export type CatalogueNeedQuery = z.infer<typeof catalogueNeedQuerySchema>;

/**
 * A need as a guest sees it: what is wanted, how much, by when and where. The target price, the
 * buyer's contacts and its id stay behind sign-in; the buyer's name shows only with its consent to
 * open data (organizations.open_data_consent), its region always.
 */
export const catalogueNeedSchema = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  okpd2: z.string(),
  quantity: z.string(),
  unit: okeiUnitSchema,
  neededBy: z.string(),
  deliveryRegionCode: z.string(),
  replaces: z.string().nullable(),
  critical: z.boolean(),
  publishedAt: z.string().nullable(),
  buyer: z.object({
    /** Null when the buyer has not agreed to be named. */
    name: z.string().nullable(),
    regionCode: z.string(),
  }),
});
export type CatalogueNeed = z.infer<typeof catalogueNeedSchema>;

export const catalogueNeedPageSchema = paginated(catalogueNeedSchema);
export type CatalogueNeedPage = z.infer<typeof catalogueNeedPageSchema>;

/** The exchange's live figures on the landing page. */
export const catalogueStatsSchema = z.object({
  openNeeds: z.number().int().nonnegative(),
  /** Regions where open needs are to be delivered. */
  regionsWithOpenNeeds: z.number().int().nonnegative(),
  /** Orders (not cancelled) whose buyer and supplier are registered in different regions. */
  interregionalOrders: z.number().int().nonnegative(),
});
export type CatalogueStats = z.infer<typeof catalogueStatsSchema>;
