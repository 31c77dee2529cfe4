import { z } from 'zod';
import { decimalString, isoDate, positiveDecimalString, text, uuid } from '../common/common.schemas';

/** POST /orders/:id/deliveries: the supplier records a shipment (quantities keep three decimals). */
export const recordDeliverySchema = z.object({
  quantity: positiveDecimalString(3),
  shippedAt: isoDate,
  note: text(0, 2000).default(''),
});
export type RecordDeliveryInput = z.input<typeof recordDeliverySchema>;
export type RecordDelivery = z.output<typeof recordDeliverySchema>;

/** POST /orders/:id/deliveries/:deliveryId/accept: what arrived in order, at most what was shipped. */
export const acceptDeliverySchema = z.object({ acceptedQuantity: decimalString(3) });
export type AcceptDeliveryInput = z.input<typeof acceptDeliverySchema>;
export type AcceptDelivery = z.output<typeof acceptDeliverySchema>;

export const deliveryParams = z.object({ id: uuid, deliveryId: uuid });

const score = z.int().min(1).max(5);

/** POST /orders/:id/rating: the buyer side rates the supplier once the order is completed. */
export const rateOrderSchema = z.object({
  onTime: score,
  quality: score,
  communication: score,
  comment: text(0, 2000).default(''),
});
export type RateOrderInput = z.input<typeof rateOrderSchema>;
export type RateOrder = z.output<typeof rateOrderSchema>;

export const orderDeliverySchema = z.object({
  id: uuid,
  quantity: z.string(),
  shippedAt: z.string(),
  note: z.string(),
  /** Null while the buyer side has not accepted it. */
  acceptedQuantity: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OrderDelivery = z.infer<typeof orderDeliverySchema>;

/**
 * Sums over the deliveries, computed in PostgreSQL numeric. `toShip`: what the supplier may still
 * ship (a shortfall the buyer did not accept is shipped again); `toAccept`: what is not yet accepted.
 */
export const orderFulfilmentSchema = z.object({
  shipped: z.string(),
  accepted: z.string(),
  toShip: z.string(),
  toAccept: z.string(),
});
export type OrderFulfilment = z.infer<typeof orderFulfilmentSchema>;

export const orderRatingSchema = z.object({
  onTime: score,
  quality: score,
  communication: score,
  comment: z.string(),
  createdAt: z.string(),
});
export type OrderRating = z.infer<typeof orderRatingSchema>;

/** What the caller may do with the deliveries and the rating now. */
export const orderAbilitiesSchema = z.object({
  recordDelivery: z.boolean(),
  acceptDeliveries: z.boolean(),
  rate: z.boolean(),
});
export type OrderAbilities = z.infer<typeof orderAbilitiesSchema>;
