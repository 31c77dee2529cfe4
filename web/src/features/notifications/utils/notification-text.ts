import type { OrderStatus } from '@zamena/shared/orders/orders.schemas';
import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import type { TFunction } from 'i18next';
import { formatDate } from '../../../components/ui/format';
import { ru } from '../../../i18n/locales/ru';

export type NotificationText = { text: string; href: string | null };

/** Payload values are untyped JSON: only strings and numbers are shown, anything else as empty. */
const str = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** An id from the payload that is safe to put in a path. */
const idOf = (value: unknown): string | null =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : null;

const linkTo = (prefix: string, id: unknown, suffix = '') => {
  const safe = idOf(id);
  return safe ? `${prefix}/${safe}${suffix}` : null;
};

/**
 * A notification in the user's language, with its payload values, and where it leads. Kinds come from
 * the server (matching, bids, orders, messages, lots, imports); an unknown kind reads as a generic line.
 */
export function describeNotification(
  t: TFunction,
  { kind, payload: p }: Notification,
  language: string,
): NotificationText {
  const need = linkTo('/needs', p.needId);
  const title = str(p.needTitle);
  switch (kind) {
    case 'need.matched':
      return { text: t('notifications.kinds.needMatched', { n: str(p.suppliers), title }), href: need };
    case 'need.no_domestic_supplier':
      return { text: t('notifications.kinds.needNoDomesticSupplier', { title }), href: need };
    case 'need.supplier_found':
      return {
        text: t('notifications.kinds.needSupplierFound', { title, name: str(p.manufacturerName) }),
        href: need,
      };
    case 'capability.need_fits':
      return {
        text: t('notifications.kinds.capabilityNeedFits', { title, capability: str(p.capabilityTitle) }),
        href: need,
      };
    case 'capability.matched':
      return {
        text: t('notifications.kinds.capabilityMatched', {
          n: str(p.needs),
          capability: str(p.capabilityTitle),
        }),
        href: linkTo('/capabilities', p.capabilityId),
      };
    case 'bid.submitted':
      return { text: t('notifications.kinds.bidSubmitted', { title }), href: need };
    case 'bid.revised':
      return { text: t('notifications.kinds.bidRevised', { title, revision: str(p.revision) }), href: need };
    case 'bid.withdrawn':
      return { text: t('notifications.kinds.bidWithdrawn', { title }), href: need };
    case 'bid.accepted':
      return {
        text: t('notifications.kinds.bidAccepted', { title }),
        href: linkTo('/orders', p.orderId) ?? need,
      };
    case 'bid.rejected':
      return { text: t('notifications.kinds.bidRejected', { title, reason: str(p.reason) }), href: need };
    case 'bid.expired':
      return {
        text: t('notifications.kinds.bidExpired', {
          date: p.validUntil ? formatDate(str(p.validUntil), language) : '',
        }),
        href: need,
      };
    case 'order.created':
      return { text: t('notifications.kinds.orderCreated', { title }), href: linkTo('/orders', p.orderId) };
    case 'order.status_changed': {
      const to = str(p.to);
      // The shared order schemas would pull zod into the first page (the bell is in the header); the
      // translated status names list the same statuses.
      const status = Object.hasOwn(ru.orders.status, to) ? t(`orders.status.${to as OrderStatus}`) : to;
      return {
        text: t('notifications.kinds.orderStatusChanged', { title, status }),
        href: linkTo('/orders', p.orderId),
      };
    }
    case 'message.received':
      return {
        text: t('notifications.kinds.messageReceived', { title }),
        href: need ? `${need}#messages` : null,
      };
    case 'lot.published':
      return {
        text: t('notifications.kinds.lotPublished', {
          name: str(p.okpd2KindName) || str(p.okpd2Kind),
          needs: str(p.needsCount),
          regions: str(p.regionsCount),
        }),
        href: null,
      };
    case 'import.finished': {
      const id = idOf(p.importId);
      const which = p.kind === 'capabilities' ? 'capabilities' : 'needs';
      const file = str(p.filename);
      return {
        text:
          p.status === 'succeeded'
            ? t('notifications.kinds.importSucceeded', { file, n: str(p.importedCount) })
            : t('notifications.kinds.importFailed', { file }),
        href: id ? `/imports?kind=${which}&import=${id}` : null,
      };
    }
    default:
      return { text: t('notifications.kinds.other', { kind }), href: need };
  }
}
