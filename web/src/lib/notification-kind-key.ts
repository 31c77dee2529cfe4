import type { NotificationKind } from '@zamena/shared/notifications/notification-kinds.schemas';

/** Each kind's name in the locale files' `notificationKindNames`; a new kind fails to compile here. */
const KIND_KEYS = {
  'need.matched': 'needMatched',
  'need.no_domestic_supplier': 'needNoDomesticSupplier',
  'need.supplier_found': 'needSupplierFound',
  'capability.need_fits': 'capabilityNeedFits',
  'capability.matched': 'capabilityMatched',
  'bid.submitted': 'bidSubmitted',
  'bid.revised': 'bidRevised',
  'bid.withdrawn': 'bidWithdrawn',
  'bid.accepted': 'bidAccepted',
  'bid.rejected': 'bidRejected',
  'bid.expired': 'bidExpired',
  'order.created': 'orderCreated',
  'order.status_changed': 'orderStatusChanged',
  'order.delivery_shipped': 'orderDeliveryShipped',
  'order.delivery_accepted': 'orderDeliveryAccepted',
  'order.rated': 'orderRated',
  'message.received': 'messageReceived',
  'lot.published': 'lotPublished',
  'subscription.need': 'subscriptionNeed',
  'subscription.lot': 'subscriptionLot',
  'residency.decision': 'residencyDecision',
  'organization.verification': 'organizationVerification',
  'import.finished': 'importFinished',
} as const satisfies Record<NotificationKind, string>;

export type NotificationKindKey = (typeof KIND_KEYS)[NotificationKind];

export const kindKey = (kind: NotificationKind): NotificationKindKey => KIND_KEYS[kind];
