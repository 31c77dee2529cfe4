import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import type { TFunction } from 'i18next';
import { formatDate } from '../../../components/ui/format';

export type NotificationText = { text: string; href: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The server checks payloads against the contract; a link is still built only from a well-formed id. */
const linkTo = (prefix: string, id: string | undefined, suffix = '') =>
  id !== undefined && UUID.test(id) ? `${prefix}/${id}${suffix}` : null;

/**
 * A notification in the user's language, with its payload values, and where it leads: one case per
 * kind of the shared contract (notification-kinds.schemas.ts), so a kind without a text fails to compile.
 */
export function describeNotification(
  t: TFunction,
  { kind, payload: p }: Notification,
  language: string,
): NotificationText {
  switch (kind) {
    case 'need.matched':
      return {
        text: t('notifications.kinds.needMatched', { n: p.suppliers, title: p.needTitle }),
        href: linkTo('/needs', p.needId),
      };
    case 'need.no_domestic_supplier':
      return {
        text: t('notifications.kinds.needNoDomesticSupplier', { title: p.needTitle }),
        href: linkTo('/needs', p.needId),
      };
    case 'need.supplier_found':
      return {
        text: t('notifications.kinds.needSupplierFound', { title: p.needTitle, name: p.manufacturerName }),
        href: linkTo('/needs', p.needId),
      };
    case 'capability.need_fits':
      return {
        text: t('notifications.kinds.capabilityNeedFits', {
          title: p.needTitle,
          capability: p.capabilityTitle,
        }),
        href: linkTo('/needs', p.needId),
      };
    case 'capability.matched':
      return {
        text: t('notifications.kinds.capabilityMatched', { n: p.needs, capability: p.capabilityTitle }),
        href: linkTo('/capabilities', p.capabilityId),
      };
    case 'bid.submitted':
      return {
        text: t('notifications.kinds.bidSubmitted', { title: p.needTitle }),
        href: linkTo('/needs', p.needId),
      };
    case 'bid.revised':
      return {
        text: t('notifications.kinds.bidRevised', { title: p.needTitle, revision: p.revision }),
        href: linkTo('/needs', p.needId),
      };
    case 'bid.withdrawn':
      return {
        text: t('notifications.kinds.bidWithdrawn', { title: p.needTitle }),
        href: linkTo('/needs', p.needId),
      };
    case 'bid.accepted':
      return {
        text: t('notifications.kinds.bidAccepted', { title: p.needTitle }),
        href: linkTo('/orders', p.orderId),
      };
    case 'bid.rejected':
      return {
        text: t('notifications.kinds.bidRejected', { title: p.needTitle, reason: p.reason }),
        href: linkTo('/needs', p.needId),
      };
    case 'bid.expired':
      return {
        text: t('notifications.kinds.bidExpired', { date: formatDate(p.validUntil, language) }),
        href: linkTo('/needs', p.needId),
      };
    case 'order.created':
      return {
        text: t('notifications.kinds.orderCreated', { title: p.needTitle }),
        href: linkTo('/orders', p.orderId),
      };
    case 'order.status_changed':
      return {
        text: t('notifications.kinds.orderStatusChanged', {
          title: p.needTitle,
          status: t(`orders.status.${p.to}`),
        }),
        href: linkTo('/orders', p.orderId),
      };
    case 'order.delivery_shipped':
      return {
        text: t('notifications.kinds.orderDeliveryShipped', { title: p.needTitle, quantity: p.quantity }),
        href: linkTo('/orders', p.orderId),
      };
    case 'order.delivery_accepted':
      return {
        text: t(
          p.completed
            ? 'notifications.kinds.orderDeliveryCompleted'
            : 'notifications.kinds.orderDeliveryAccepted',
          { title: p.needTitle, quantity: p.acceptedQuantity },
        ),
        href: linkTo('/orders', p.orderId),
      };
    case 'order.rated':
      return {
        text: t('notifications.kinds.orderRated', { title: p.needTitle }),
        href: linkTo('/orders', p.orderId),
      };
    case 'message.received':
      return {
        text: t('notifications.kinds.messageReceived', { title: p.needTitle }),
        href: linkTo('/needs', p.needId, '#messages'),
      };
    case 'lot.published':
      return {
        text: t('notifications.kinds.lotPublished', {
          name: p.okpd2KindName ?? p.okpd2Kind,
          needs: p.needsCount,
          regions: p.regionsCount,
        }),
        href: linkTo('/lots', p.lotId),
      };
    case 'subscription.need':
      return {
        text: t('notifications.kinds.subscriptionNeed', { title: p.needTitle, region: p.regionCode }),
        href: linkTo('/needs', p.needId),
      };
    case 'subscription.lot':
      return {
        text: t('notifications.kinds.subscriptionLot', {
          name: p.okpd2KindName ?? p.okpd2Kind,
          needs: p.needsCount,
          regions: p.regionsCount,
        }),
        href: linkTo('/lots', p.lotId),
      };
    case 'residency.decision':
      return {
        text:
          p.decision === 'verify'
            ? t('notifications.kinds.residencyVerified', { name: p.siteName })
            : t('notifications.kinds.residencyRefused', { name: p.siteName, reason: p.reason }),
        href: linkTo('/organizations', p.organizationId),
      };
    case 'organization.verification': {
      const key = ({ verify: 'Verified', refuse: 'Refused', revoke: 'Revoked' } as const)[p.decision];
      return {
        text: t(`notifications.kinds.organization${key}`, { name: p.organizationName, reason: p.reason }),
        href: linkTo('/organizations', p.organizationId),
      };
    }
    case 'import.finished': {
      const which = p.kind === 'capabilities' ? 'capabilities' : 'needs';
      return {
        text:
          p.status === 'succeeded'
            ? t('notifications.kinds.importSucceeded', { file: p.filename, n: p.importedCount })
            : t('notifications.kinds.importFailed', { file: p.filename }),
        href: UUID.test(p.importId) ? `/imports?kind=${which}&import=${p.importId}` : null,
      };
    }
    default:
      // `kind` is `never` here; at run time a tab opened before a deploy may be sent a newer kind.
      return { text: t('notifications.kinds.other', { kind: kind satisfies never }), href: null };
  }
}
