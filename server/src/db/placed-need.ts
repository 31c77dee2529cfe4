import { sql } from 'drizzle-orm';
import { needs } from './schema';

const present = <
  C extends
    | typeof needs.okpd2
    | typeof needs.quantity
    | typeof needs.unit
    | typeof needs.neededBy
    | typeof needs.deliveryRegionCode,
>(
  column: C,
) => sql`${column}`.mapWith(column);

/**
 * The need's fields a draft may lack, typed as present, for joins that reach a need through a bid or
 * an order: bids are made on open needs only, and the needs_complete_unless_draft check keeps every
 * need past draft complete. Each keeps its column's decoding.
 */
export const placedNeedColumns = {
  okpd2: present(needs.okpd2),
  quantity: present(needs.quantity),
  unit: present(needs.unit),
  neededBy: present(needs.neededBy),
  deliveryRegionCode: present(needs.deliveryRegionCode),
};
