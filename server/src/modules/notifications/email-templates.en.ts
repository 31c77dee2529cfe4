import type { OrderStatus } from '@zamena/shared/orders/orders.schemas';
import type { EmailTemplates } from './email-templates';

/** Dates are calendar days (`validUntil`), so they are shown as written, without a time zone shift. */
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** As the web client names them (web/src/i18n/locales/en.ts, `orders.status`). */
const ORDER_STATUS: Record<OrderStatus, string> = {
  confirmed: 'confirmed',
  in_production: 'in production',
  shipped: 'shipped',
  delivered: 'delivered',
  completed: 'completed',
  cancelled: 'cancelled',
  disputed: 'disputed',
};

export const EN_TEMPLATES: EmailTemplates = {
  'need.matched': (p) => ({
    subject: `${p.suppliers} supplier(s) found for “${p.needTitle}”`,
    lines: [
      `We found ${p.suppliers} supplier(s) for your need “${p.needTitle}”.`,
      'Open the need to see how well each one fits and invite them to bid.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'need.no_domestic_supplier': (p) => ({
    subject: `No domestic supplier found for “${p.needTitle}”`,
    lines: [
      `No manufacturer on the exchange makes what your need “${p.needTitle}” asks for yet.`,
      "The need counts in the association's bottleneck register and investment niches; we will tell you as soon as a maker appears.",
    ],
    path: `/needs/${p.needId}`,
  }),
  'need.supplier_found': (p) => ({
    subject: `A new supplier for “${p.needTitle}”`,
    lines: [
      `${p.manufacturerName} published the capability “${p.capabilityTitle}”, which fits your need “${p.needTitle}”.`,
    ],
    path: `/needs/${p.needId}`,
  }),
  'capability.need_fits': (p) => ({
    subject: `A need fits your capability: “${p.needTitle}”`,
    lines: [
      `The need “${p.needTitle}” fits your capability “${p.capabilityTitle}”.`,
      'You can make the buyer an offer.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'capability.matched': (p) => ({
    subject: `${p.needs} open need(s) fit your capability “${p.capabilityTitle}”`,
    lines: [`We found ${p.needs} open need(s) that fit “${p.capabilityTitle}”.`],
    path: `/capabilities/${p.capabilityId}`,
  }),
  'bid.submitted': (p) => ({
    subject: `A new bid on “${p.needTitle}”`,
    lines: [`A supplier made a bid on your need “${p.needTitle}”.`, 'Open the need to compare the bids.'],
    path: `/needs/${p.needId}`,
  }),
  'bid.revised': (p) => ({
    subject: `A bid on “${p.needTitle}” was revised`,
    lines: [
      `A supplier revised its bid on your need “${p.needTitle}” (revision ${p.revision}).`,
      'Review it again before you decide.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'bid.withdrawn': (p) => ({
    subject: `A bid on “${p.needTitle}” was withdrawn`,
    lines: [`A supplier withdrew its bid on your need “${p.needTitle}”.`],
    path: `/needs/${p.needId}`,
  }),
  'bid.accepted': (p) => ({
    subject: `Your bid on “${p.needTitle}” was accepted`,
    lines: [
      `The buyer accepted your bid on “${p.needTitle}”, and an order was created.`,
      'Open the order to take it forward.',
    ],
    path: `/orders/${p.orderId}`,
  }),
  'bid.rejected': (p) => ({
    subject: `Your bid on “${p.needTitle}” was declined`,
    lines: [`The buyer declined your bid on “${p.needTitle}”.`, `Reason: ${p.reason}`],
    path: `/needs/${p.needId}`,
  }),
  'bid.expired': (p) => ({
    subject: 'Your bid has expired',
    lines: [
      `Your bid was valid until ${day.format(new Date(p.validUntil))} and can no longer be accepted.`,
      'While the need is open, you can make a new bid.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'order.created': (p) => ({
    subject: `An order was created for “${p.needTitle}”`,
    lines: [`A bid on the need “${p.needTitle}” was accepted, and an order was created.`],
    path: `/orders/${p.orderId}`,
  }),
  'order.status_changed': (p) => ({
    subject: `Order for “${p.needTitle}”: ${ORDER_STATUS[p.to]}`,
    lines: [`The order for “${p.needTitle}” moved from ${ORDER_STATUS[p.from]} to ${ORDER_STATUS[p.to]}.`],
    path: `/orders/${p.orderId}`,
  }),
  'order.delivery_shipped': (p) => ({
    subject: `Shipment on the order for “${p.needTitle}”`,
    lines: [
      `The supplier shipped ${p.quantity} on the order for “${p.needTitle}”. Accept it on the order page.`,
    ],
    path: `/orders/${p.orderId}`,
  }),
  'order.delivery_accepted': (p) => ({
    subject: `Delivery accepted on the order for “${p.needTitle}”`,
    lines: [
      `The buyer accepted ${p.acceptedQuantity} on the order for “${p.needTitle}”.`,
      ...(p.completed ? ['Everything is accepted: the order is completed.'] : []),
    ],
    path: `/orders/${p.orderId}`,
  }),
  'order.rated': (p) => ({
    subject: `The buyer rated the order for “${p.needTitle}”`,
    lines: [`Scores: on time ${p.onTime}, quality ${p.quality}, communication ${p.communication} out of 5.`],
    path: `/orders/${p.orderId}`,
  }),
  'message.received': (p) => ({
    subject: `A new message about “${p.needTitle}”`,
    lines: [
      `There is a new message in the conversation about the need “${p.needTitle}”.`,
      "You can reply on the need's page.",
    ],
    path: `/needs/${p.needId}#messages`,
  }),
  'lot.published': (p) => ({
    subject: `Lot “${p.okpd2KindName ?? p.okpd2Kind}” published`,
    lines: [
      `Your need is part of the pooled lot “${p.okpd2KindName ?? p.okpd2Kind}”: ${p.needsCount} needs from ${p.regionsCount} regions.`,
      'Manufacturers can now offer a price for the whole volume.',
    ],
    path: `/lots/${p.lotId}`,
  }),
  'subscription.need': (p) => ({
    subject: `A new need for your subscription: “${p.needTitle}”`,
    lines: [`The need “${p.needTitle}” (OKPD2 ${p.okpd2}, region ${p.regionCode}) fits your subscription.`],
    path: `/needs/${p.needId}`,
  }),
  'subscription.lot': (p) => ({
    subject: `A new lot for your subscription: “${p.okpd2KindName ?? p.okpd2Kind}”`,
    lines: [
      `The pooled lot “${p.okpd2KindName ?? p.okpd2Kind}” was published: ${p.needsCount} needs from ${p.regionsCount} regions.`,
    ],
    path: `/lots/${p.lotId}`,
  }),
  'residency.decision': (p) => ({
    subject:
      p.decision === 'verify'
        ? `Residency in “${p.siteName}” verified`
        : `Residency in “${p.siteName}” not verified`,
    lines:
      p.decision === 'verify'
        ? ["The association verified the residency; it is shown on the organization's profile."]
        : [`Reason: ${p.reason}`, 'Correct it and declare the residency again in the organization settings.'],
    path: `/organizations/${p.organizationId}`,
  }),
  'organization.verification': (p) => ({
    subject: {
      verify: `${p.organizationName} is verified`,
      refuse: `${p.organizationName} could not be verified`,
      revoke: `The verification of ${p.organizationName} was revoked`,
    }[p.decision],
    lines: [
      {
        verify:
          "The association checked the registration data: the organization's profile now shows it as verified.",
        refuse: 'The association could not verify the organization from its registration data.',
        revoke: "The association revoked the organization's verification.",
      }[p.decision],
      ...(p.reason ? [`Reason: ${p.reason}`] : []),
    ],
    path: `/organizations/${p.organizationId}`,
  }),
  'import.finished': (p) =>
    p.status === 'succeeded'
      ? {
          subject: `Import of “${p.filename}” finished`,
          lines: [`The file “${p.filename}” is loaded: ${p.importedCount} records.`],
          path: `/imports?kind=${p.kind}&import=${p.importId}`,
        }
      : {
          subject: `Import of “${p.filename}” failed`,
          lines: [
            `Nothing was loaded from “${p.filename}”.`,
            'The rows with errors are listed on the import page: fix them and upload the file again.',
          ],
          path: `/imports?kind=${p.kind}&import=${p.importId}`,
        },
};
