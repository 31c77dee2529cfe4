import type {
  NotificationContent,
  NotificationKind,
  NotificationPayload,
} from './notification-kinds.schemas';

const NEED = '0b6f3f7e-2f7a-4c1e-9a57-2c0f6f1b1a11';
const BID = '3c2d1e0f-4a5b-4c6d-8e7f-1a2b3c4d5e66';
const ORDER = '5d1c1a52-3b0e-4d53-8f0a-7d3b2e6c9f22';
const CAPABILITY = '7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a77';
const bidOnNeed = { bidId: BID, needId: NEED, needTitle: 'Подшипник 7510' };

/**
 * One payload of every kind, for the tests on both sides that prove each kind has its e-mail and its
 * client text (the type makes a new kind without an example fail to compile).
 */
export const NOTIFICATION_EXAMPLES: { [K in NotificationKind]: NotificationPayload<K> } = {
  'need.matched': { needId: NEED, needTitle: 'Подшипник 7510', suppliers: 3 },
  'need.no_domestic_supplier': { needId: NEED, needTitle: 'Камера 10 кВ', possible: 2 },
  'need.supplier_found': {
    needId: NEED,
    needTitle: 'Насос К 80',
    capabilityId: CAPABILITY,
    capabilityTitle: 'Насосы',
    manufacturerName: 'ООО «Гидромаш»',
  },
  'capability.need_fits': {
    needId: NEED,
    matchId: '8f9a0b1c-2d3e-4f4a-8b5c-6d7e8f9a0b88',
    needTitle: 'Насос К 80',
    capabilityId: CAPABILITY,
    capabilityTitle: 'Насосы',
    score: 0.82,
    relevance: 0.9,
  },
  'capability.matched': { capabilityId: CAPABILITY, capabilityTitle: 'Насосы', needs: 4 },
  'bid.submitted': { ...bidOnNeed, revision: 1 },
  'bid.revised': { ...bidOnNeed, revision: 2 },
  'bid.withdrawn': { ...bidOnNeed, revision: 2 },
  'bid.accepted': { ...bidOnNeed, orderId: ORDER },
  'bid.rejected': { ...bidOnNeed, reason: 'Цена выше рыночной' },
  'bid.expired': { bidId: BID, needId: NEED, validUntil: '2027-01-31' },
  'order.created': { ...bidOnNeed, orderId: ORDER },
  'order.status_changed': {
    needId: NEED,
    needTitle: 'Втулка',
    orderId: ORDER,
    from: 'confirmed',
    to: 'shipped',
  },
  'order.delivery_shipped': { needId: NEED, needTitle: 'Втулка', orderId: ORDER, quantity: '600' },
  'order.delivery_accepted': {
    needId: NEED,
    needTitle: 'Втулка',
    orderId: ORDER,
    acceptedQuantity: '598',
    completed: false,
  },
  'order.rated': {
    needId: NEED,
    needTitle: 'Втулка',
    orderId: ORDER,
    onTime: 5,
    quality: 4,
    communication: 5,
  },
  'message.received': {
    needId: NEED,
    needTitle: 'Втулка',
    threadId: '9a0b1c2d-3e4f-4a5b-9c6d-7e8f9a0b1c99',
    messageId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c00',
  },
  'lot.published': {
    lotId: '1b2c3d4e-5f6a-4b7c-8d8e-9f0a1b2c3d11',
    okpd2Kind: '25.73.40',
    okpd2KindName: 'Инструмент сменный',
    unit: '796',
    needsCount: 5,
    regionsCount: 3,
  },
  'subscription.need': {
    needId: '1b2c3d4e-5f6a-4b7c-8d8e-9f0a1b2c3d12',
    needTitle: 'Подшипник 6205-2RS',
    okpd2: '28.15.10.120',
    regionCode: '62',
  },
  'subscription.lot': {
    lotId: '1b2c3d4e-5f6a-4b7c-8d8e-9f0a1b2c3d13',
    okpd2Kind: '28.15.10',
    okpd2KindName: 'Подшипники шариковые или роликовые',
    unit: '796',
    needsCount: 4,
    regionsCount: 2,
  },
  'residency.decision': {
    residencyId: '1b2c3d4e-5f6a-4b7c-8d8e-9f0a1b2c3d14',
    organizationId: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d55',
    siteName: 'ОЭЗ «Алабуга»',
    decision: 'refuse',
    reason: 'Нет в реестре резидентов',
  },
  'organization.verification': {
    organizationId: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d55',
    organizationName: 'АО «Рязанский завод»',
    decision: 'refuse',
    reason: 'ОГРН не совпадает с ЕГРЮЛ',
  },
  'import.finished': {
    importId: '2a4b6c8d-1e3f-4a5b-8c7d-9e0f1a2b3c44',
    kind: 'capabilities',
    filename: 'мощности.xlsx',
    status: 'succeeded',
    importedCount: 250,
  },
};

/** The examples as notification contents, in the order of the kinds. */
export const exampleContents = (): NotificationContent[] =>
  Object.entries(NOTIFICATION_EXAMPLES).map(
    // Object.entries loses the pairing of each key with its payload type; the map above keeps it.
    ([kind, payload]) => ({ kind, payload }) as NotificationContent,
  );
