import type { AttachmentOwnerKind } from '@zamena/shared/attachments/attachments.schemas';
import type { BidsService } from '../bids/bids.service';
import type { CapabilitiesService } from '../capabilities/capabilities.service';
import type { NeedsService } from '../needs/needs.service';
import type { OrdersService } from '../orders/orders.service';
import { writersOf } from './attachments.permissions';
import type { OwnerAccess } from './attachments.service';

type Services = {
  needs: Pick<NeedsService, 'get'>;
  capabilities: Pick<CapabilitiesService, 'get'>;
  bids: Pick<BidsService, 'get'>;
  orders: Pick<OrdersService, 'get'>;
};

/**
 * Each owner read through its own service, so a file is exactly as visible as its object: the
 * service answers 404 to whoever may not read it (a draft need's drawing is as private as the draft).
 */
export const attachmentOwners = ({ needs, capabilities, bids, orders }: Services) =>
  ({
    need: async (id, actor) => ({ writers: writersOf.need(await needs.get(id, actor)) }),
    capability: async (id, actor) => ({ writers: writersOf.capability(await capabilities.get(id, actor)) }),
    bid: async (id, actor) => ({ writers: writersOf.bid(await bids.get(id, actor)) }),
    order: async (id, actor) => ({ writers: writersOf.order(await orders.get(id, actor)) }),
  }) satisfies Record<AttachmentOwnerKind, OwnerAccess>;
