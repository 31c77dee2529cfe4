import { z } from 'zod';
import { bidTermsSchema } from '../bids/bids.schemas';
import { paginated, text, uuid } from '../common/common.schemas';
import { contactsSchema, organizationRefSchema } from '../organizations/organizations.schemas';
import { okeiUnitSchema } from '../reference/reference.schemas';
import {
  orderAbilitiesSchema,
  orderDeliverySchema,
  orderFulfilmentSchema,
  orderRatingSchema,
} from './order-deliveries.schemas';

/** confirmed → in_production → shipped → delivered → completed, or cancelled / disputed (DESIGN.md §2). */
export const ORDER_STATUSES = [
  'confirmed',
  'in_production',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'disputed',
] as const;
export const orderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** Who moves an order: the supplier, or the buyer side (the buyer and the centre that posted the need). */
export const ORDER_SIDES = ['buyer', 'supplier'] as const;
export type OrderSide = (typeof ORDER_SIDES)[number];

/**
 * Every allowed move, with the side that makes it (DESIGN.md §2). Cancelling is possible before
 * shipping, a dispute after it; the buyer settles a dispute by completing the order.
 */
export const ORDER_TRANSITIONS: readonly {
  from: OrderStatus;
  to: OrderStatus;
  sides: readonly OrderSide[];
}[] = [
  { from: 'confirmed', to: 'in_production', sides: ['supplier'] },
  { from: 'in_production', to: 'shipped', sides: ['supplier'] },
  { from: 'shipped', to: 'delivered', sides: ['buyer'] },
  { from: 'delivered', to: 'completed', sides: ['buyer'] },
  { from: 'confirmed', to: 'cancelled', sides: ['buyer', 'supplier'] },
  { from: 'in_production', to: 'cancelled', sides: ['buyer', 'supplier'] },
  { from: 'shipped', to: 'disputed', sides: ['buyer', 'supplier'] },
  { from: 'delivered', to: 'disputed', sides: ['buyer', 'supplier'] },
  { from: 'disputed', to: 'completed', sides: ['buyer'] },
];

/** Moves that need a reason in `note`. */
export const NOTE_REQUIRED: readonly OrderStatus[] = ['cancelled', 'disputed'];

export const orderTransitionSchema = z
  .object({
    to: z.enum(ORDER_STATUSES.filter((status) => status !== 'confirmed') as [OrderStatus, ...OrderStatus[]]),
    note: text(0, 2000).default(''),
  })
  .refine((value) => !NOTE_REQUIRED.includes(value.to) || value.note.length > 0, {
    path: ['note'],
    message: 'give the reason for cancelling or disputing the order',
  });
export type OrderTransitionInput = z.input<typeof orderTransitionSchema>;
export type OrderTransition = z.output<typeof orderTransitionSchema>;

export const orderEventSchema = z.object({
  id: z.string(),
  fromStatus: orderStatusSchema.nullable(),
  toStatus: orderStatusSchema,
  note: z.string(),
  actorOrganizationId: uuid.nullable(),
  actorUserId: uuid.nullable(),
  createdAt: z.string(),
});
export type OrderEvent = z.infer<typeof orderEventSchema>;

export const orderNeedSummarySchema = z.object({
  id: uuid,
  title: z.string(),
  okpd2: z.string(),
  unit: okeiUnitSchema,
  neededBy: z.string(),
  deliveryRegionCode: z.string(),
});

export const orderSchema = z.object({
  id: uuid,
  needId: uuid,
  /** The accepted bid; null for an order made by a lot award. */
  bidId: uuid.nullable(),
  /** The lot whose award made the order (DESIGN.md §5 "Lots add"), else null. */
  lotId: uuid.nullable(),
  /** The selection protocol frozen when the bid was accepted (GET /protocols/:id); null for lot awards. */
  protocolId: uuid.nullable(),
  /** That protocol's number ("2026-000123"), printed on the order. */
  protocolNumber: z.string().nullable(),
  buyerOrganizationId: uuid,
  supplierOrganizationId: uuid,
  /** The centre that posted the need for the buyer (or the buyer itself). */
  postedByOrganizationId: uuid,
  buyer: organizationRefSchema,
  supplier: organizationRefSchema,
  need: orderNeedSummarySchema,
  status: orderStatusSchema,
  quantity: z.string(),
  unitPrice: z.string(),
  /** unitPrice × quantity in RUB, exact to the kopeck. */
  total: z.string(),
  currency: z.literal('RUB'),
  /** The agreed lead time in days, from the accepted bid or the awarded lot bid. */
  leadTimeDays: z.number().int().nullable(),
  /**
   * The commercial terms of the accepted bid or awarded lot bid; null when that bid gave none. A lot
   * share smaller than the lot bid has no schedule (the bid's schedule is for its whole quantity).
   */
  terms: bidTermsSchema.nullable(),
  /** The order's unit price delivered with VAT under those terms (delivery spread over the bid's quantity). */
  deliveredUnitPriceWithVat: z.string().nullable(),
  /** Both sides see each other's contacts once the order exists. */
  buyerContacts: contactsSchema,
  supplierContacts: contactsSchema,
  /** What the caller may move the order to now (empty for analysts and in final states). */
  availableTransitions: z.array(orderStatusSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Order = z.infer<typeof orderSchema>;

/**
 * GET /orders/:id, transitions, deliveries and the rating: the order with its timeline (oldest event
 * first), its deliveries (oldest first) and their sums, the buyer's rating once given.
 */
export const orderDetailSchema = orderSchema.extend({
  events: z.array(orderEventSchema),
  deliveries: z.array(orderDeliverySchema),
  fulfilment: orderFulfilmentSchema,
  rating: orderRatingSchema.nullable(),
  can: orderAbilitiesSchema,
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

/** "confirmed" or "confirmed,in_production". */
const statusList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((s) => s.trim()))])
  .pipe(z.array(orderStatusSchema).min(1).max(ORDER_STATUSES.length));

export const orderListQuerySchema = z.object({
  status: statusList.optional(),
  /** Only orders where the caller's organization is this side. */
  side: z.enum(ORDER_SIDES).optional(),
  needId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;

export const orderPageSchema = paginated(orderSchema);
export type OrderPage = z.infer<typeof orderPageSchema>;
