import { randomUUID } from 'node:crypto';
import { bidBody } from '../bids-fixtures';
import type { Role, World } from './bola-world';

/**
 * What each role gets from a route called on another organization's object (DESIGN.md §3):
 * - a status: 404 for what it may not see (ids cannot be probed), 403 for what it sees but may not do;
 * - 'allowed': DESIGN lets the role do it (analysts read everything); GETs are called and must answer 200,
 *   changes are not made (they would change the objects the other rows use);
 * - 'filtered': the route answers 200 with the caller's own part only; no private text of the victims
 *   (their bid, thread and lot bid ids, their contacts) may be in it.
 */
export type Outcome = 404 | 403 | 'allowed' | 'filtered';

export type MatrixRow = {
  params: (world: World) => Record<string, string>;
  body?: (world: World) => object;
  headers?: Record<string, string>;
  /** Roles not named get 404. */
  outcomes?: Partial<Record<Role, Outcome>>;
};

const all = (outcome: Outcome): Record<Role, Outcome> => ({
  buyer: outcome,
  manufacturer: outcome,
  centre: outcome,
  analyst: outcome,
});
/** Analysts see every object (DESIGN.md §3) but change none of another organization's. */
const analystReads = { analyst: 'allowed' } as const;
const analystRefused = { analyst: 403 } as const;

const IF_MATCH = { 'if-match': '"1"' };
const victimOrg = (w: World) => ({ id: w.victimBuyer.organizationId });
const victimMember = (w: World) => ({ id: w.victimBuyer.organizationId, userId: w.victimBuyer.userId });

/** Keyed as the OpenAPI document names operations: "METHOD /api/v1/path/{param}". */
export const BOLA_MATRIX: Record<string, MatrixRow> = {
  'GET /api/v1/organizations/{id}': {
    params: victimOrg,
    outcomes: { ...all('filtered'), ...analystReads },
  },
  'PATCH /api/v1/organizations/{id}': { params: victimOrg, body: () => ({ name: 'Чужое имя' }) },
  'POST /api/v1/organizations/{id}/verify': {
    params: victimOrg,
    outcomes: { buyer: 403, manufacturer: 403, centre: 403, analyst: 'allowed' },
  },
  'GET /api/v1/organizations/{id}/members': { params: victimOrg },
  'POST /api/v1/organizations/{id}/invitations': {
    params: victimOrg,
    body: () => ({ email: 'intruder@example.ru', fullName: 'Чужой Человек' }),
  },
  'GET /api/v1/organizations/{id}/invitations': { params: victimOrg },
  'DELETE /api/v1/organizations/{id}/invitations/{invitationId}': {
    params: (w) => ({ ...victimOrg(w), invitationId: randomUUID() }),
  },
  'PATCH /api/v1/organizations/{id}/members/{userId}': {
    params: victimMember,
    body: () => ({ role: 'member' }),
  },
  'DELETE /api/v1/organizations/{id}/members/{userId}': { params: victimMember },
  'POST /api/v1/users/{id}/disable': { params: (w) => ({ id: w.victimBuyer.userId }), outcomes: all(403) },
  'POST /api/v1/users/{id}/enable': { params: (w) => ({ id: w.victimBuyer.userId }), outcomes: all(403) },
  'POST /api/v1/organizations/{id}/webhook-secret': {
    params: victimOrg,
    body: () => ({ url: 'https://hooks.example.org/intruder' }),
  },
  'GET /api/v1/organizations/{id}/webhook-deliveries': { params: victimOrg },
  'POST /api/v1/organizations/{id}/verification': {
    params: victimOrg,
    body: () => ({ decision: 'verify' }),
    outcomes: { buyer: 403, manufacturer: 403, centre: 403, analyst: 'allowed' },
  },
  'GET /api/v1/organizations/{id}/webhook': { params: victimOrg },
  'PATCH /api/v1/organizations/{id}/webhook': { params: victimOrg, body: () => ({ mutedKinds: [] }) },
  'POST /api/v1/organizations/{id}/webhook-test': { params: victimOrg },
  'POST /api/v1/organizations/{id}/webhook-deliveries/{deliveryId}/retry': {
    params: (w) => ({ id: w.victimBuyer.organizationId, deliveryId: randomUUID() }),
  },

  'GET /api/v1/needs/{id}': { params: (w) => ({ id: w.draftNeed }), outcomes: analystReads },
  'PATCH /api/v1/needs/{id}': {
    params: (w) => ({ id: w.draftNeed }),
    body: () => ({ title: 'Чужая правка заявки' }),
    headers: IF_MATCH,
    outcomes: analystRefused,
  },
  'POST /api/v1/needs/{id}/publish': {
    params: (w) => ({ id: w.draftNeed }),
    headers: IF_MATCH,
    outcomes: analystRefused,
  },
  'POST /api/v1/needs/{id}/cancel': {
    params: (w) => ({ id: w.draftNeed }),
    headers: IF_MATCH,
    outcomes: analystRefused,
  },
  'POST /api/v1/needs/{id}/close': {
    params: (w) => ({ id: w.draftNeed }),
    headers: IF_MATCH,
    outcomes: analystRefused,
  },
  // The open need is public; who may see its suppliers is not.
  'GET /api/v1/needs/{id}/matches': { params: (w) => ({ id: w.openNeed }), outcomes: analystReads },
  'POST /api/v1/needs/{id}/bids': {
    params: (w) => ({ id: w.draftNeed }),
    body: () => bidBody(),
    outcomes: analystRefused,
  },
  'GET /api/v1/needs/{id}/bids': {
    params: (w) => ({ id: w.openNeed }),
    outcomes: { ...all('filtered'), ...analystReads },
  },
  'GET /api/v1/needs/{id}/threads': {
    params: (w) => ({ id: w.openNeed }),
    outcomes: { ...all('filtered'), ...analystReads },
  },
  'POST /api/v1/needs/{id}/messages': {
    params: (w) => ({ id: w.draftNeed }),
    body: (w) => ({ body: 'Чужое сообщение', supplierOrganizationId: w.victimMaker.organizationId }),
    outcomes: analystRefused,
  },

  'GET /api/v1/capabilities/{id}': { params: (w) => ({ id: w.hiddenCapability }), outcomes: analystReads },
  'PATCH /api/v1/capabilities/{id}': {
    params: (w) => ({ id: w.hiddenCapability }),
    body: () => ({ title: 'Чужая правка мощности' }),
    headers: { 'if-match': '"2"' },
    outcomes: analystRefused,
  },
  'DELETE /api/v1/capabilities/{id}': {
    params: (w) => ({ id: w.hiddenCapability }),
    headers: { 'if-match': '"2"' },
    outcomes: analystRefused,
  },
  'GET /api/v1/capabilities/{id}/matches': {
    params: (w) => ({ id: w.hiddenCapability }),
    outcomes: analystReads,
  },

  'POST /api/v1/matches/{id}/review': {
    params: (w) => ({ id: w.match }),
    body: () => ({ decision: 'approve' }),
    outcomes: { analyst: 'allowed' },
  },
  'POST /api/v1/matches/{id}/feedback': {
    params: (w) => ({ id: w.match }),
    body: () => ({ verdict: 'not_our_product' }),
  },

  'GET /api/v1/bids/{id}': { params: (w) => ({ id: w.bid }), outcomes: analystReads },
  'PATCH /api/v1/bids/{id}': {
    params: (w) => ({ id: w.bid }),
    body: () => ({ unitPrice: '1.00' }),
    headers: IF_MATCH,
    outcomes: analystRefused,
  },
  'POST /api/v1/bids/{id}/withdraw': { params: (w) => ({ id: w.bid }), outcomes: analystRefused },
  'POST /api/v1/bids/{id}/reject': {
    params: (w) => ({ id: w.bid }),
    body: () => ({ reason: 'Чужой отказ' }),
    outcomes: analystRefused,
  },
  'POST /api/v1/bids/{id}/accept': {
    params: (w) => ({ id: w.bid }),
    headers: { 'idempotency-key': 'bola-matrix-accept-1' },
    outcomes: analystRefused,
  },

  'GET /api/v1/orders/{id}': { params: (w) => ({ id: w.order }), outcomes: analystReads },
  'POST /api/v1/orders/{id}/transitions': {
    params: (w) => ({ id: w.order }),
    body: () => ({ to: 'in_production' }),
    outcomes: analystRefused,
  },
  'POST /api/v1/orders/{id}/deliveries': {
    params: (w) => ({ id: w.order }),
    body: () => ({ quantity: '1', shippedAt: '2027-01-15' }),
    outcomes: analystRefused,
  },
  // No delivery of the world's order exists: the order's visibility and the caller's side answer first.
  'POST /api/v1/orders/{id}/deliveries/{deliveryId}/accept': {
    params: (w) => ({ id: w.order, deliveryId: randomUUID() }),
    body: () => ({ acceptedQuantity: '1' }),
    outcomes: analystRefused,
  },
  'POST /api/v1/orders/{id}/rating': {
    params: (w) => ({ id: w.order }),
    body: () => ({ onTime: 5, quality: 5, communication: 5 }),
    outcomes: analystRefused,
  },
  // The buyer side, the selected supplier and analysts read a protocol (protocols.permissions.ts).
  'GET /api/v1/protocols/{id}': { params: (w) => ({ id: w.protocol }), outcomes: analystReads },
  'GET /api/v1/protocols/{id}.pdf': { params: (w) => ({ id: w.protocol }), outcomes: analystReads },
  'GET /api/v1/threads/{id}/messages': { params: (w) => ({ id: w.thread }), outcomes: analystReads },
  'GET /api/v1/imports/{id}': { params: (w) => ({ id: w.importId }), outcomes: analystReads },
  // The world's import has no annotated copy (it did not fail on rows): 404 to every role, own or not.
  'GET /api/v1/imports/{id}/annotated': { params: (w) => ({ id: w.importId }) },

  // An organization's subscriptions are its own: 404 to every other, analysts included.
  'GET /api/v1/subscriptions/{id}': { params: (w) => ({ id: w.subscription }) },
  'PATCH /api/v1/subscriptions/{id}': {
    params: (w) => ({ id: w.subscription }),
    body: () => ({ digest: 'off' }),
  },
  'DELETE /api/v1/subscriptions/{id}': { params: (w) => ({ id: w.subscription }) },
  'GET /api/v1/subscriptions/{id}/preview': { params: (w) => ({ id: w.subscription }) },

  // The catalogue of support measures is public and kept by administrators only.
  'GET /api/v1/support-measures/{id}': {
    params: (w) => ({ id: w.supportMeasure }),
    outcomes: all('allowed'),
  },
  'PATCH /api/v1/support-measures/{id}': {
    params: (w) => ({ id: w.supportMeasure }),
    body: () => ({ name: 'Чужая мера' }),
    outcomes: all(403),
  },
  'DELETE /api/v1/support-measures/{id}': { params: (w) => ({ id: w.supportMeasure }), outcomes: all(403) },

  'GET /api/v1/lots/rebuilds/{id}': { params: (w) => ({ id: w.lotRebuild }), outcomes: analystReads },
  'GET /api/v1/lots/{id}': { params: (w) => ({ id: w.draftLot }), outcomes: analystReads },
  'POST /api/v1/lots/{id}/publish': { params: (w) => ({ id: w.draftLot }), outcomes: { analyst: 'allowed' } },
  'POST /api/v1/lots/{id}/bids': {
    params: (w) => ({ id: w.draftLot }),
    body: () => ({ unitPrice: '1.00', quantity: '1', leadTimeDays: 10, validUntil: '2031-01-01' }),
    outcomes: analystRefused,
  },
  'GET /api/v1/lots/{id}/bids': {
    params: (w) => ({ id: w.publishedLot }),
    outcomes: { ...all('filtered'), ...analystReads },
  },
  'POST /api/v1/lots/{id}/bids/{bidId}/withdraw': {
    params: (w) => ({ id: w.publishedLot, bidId: w.lotBid }),
    outcomes: analystRefused,
  },
  // Anyone signed in sees a published lot; only analysts award it.
  'POST /api/v1/lots/{id}/awards': {
    params: (w) => ({ id: w.publishedLot }),
    body: (w) => ({ awards: [{ lotBidId: w.lotBid, quantity: '1' }] }),
    headers: { 'idempotency-key': 'bola-lot-award-0001' },
    outcomes: { ...all(403), analyst: 'allowed' },
  },

  // A lot's investment case and its exports are exactly as visible as the lot.
  'GET /api/v1/lots/{id}/investment-case': { params: (w) => ({ id: w.draftLot }), outcomes: analystReads },
  'GET /api/v1/lots/{id}/investment-case.xlsx': {
    params: (w) => ({ id: w.draftLot }),
    outcomes: analystReads,
  },
  'GET /api/v1/lots/{id}/investment-case.pdf': {
    params: (w) => ({ id: w.draftLot }),
    outcomes: analystReads,
  },

  // Sites are reference data everyone reads and the association keeps; residency is the organization's,
  // shown to others once verified (the victim's pending one is filtered out), decided by the association.
  'GET /api/v1/sites/{id}': { params: (w) => ({ id: w.site }), outcomes: all('allowed') },
  'PATCH /api/v1/sites/{id}': {
    params: (w) => ({ id: w.site }),
    body: () => ({ benefits: 'Чужая правка' }),
    outcomes: { ...all(403), analyst: 'allowed' },
  },
  'GET /api/v1/organizations/{id}/residencies': {
    params: victimOrg,
    outcomes: { ...all('filtered'), ...analystReads },
  },
  'DELETE /api/v1/residencies/{id}': { params: (w) => ({ id: w.residency }) },
  'POST /api/v1/residencies/{id}/decision': {
    params: (w) => ({ id: w.residency }),
    body: () => ({ decision: 'verify' }),
    outcomes: { analyst: 'allowed' },
  },

  // Files are exactly as visible as their objects; only the owner side attaches, only the uploader deletes.
  'POST /api/v1/needs/{id}/attachments': { params: (w) => ({ id: w.draftNeed }), outcomes: analystRefused },
  'GET /api/v1/needs/{id}/attachments': { params: (w) => ({ id: w.draftNeed }), outcomes: analystReads },
  'POST /api/v1/capabilities/{id}/attachments': {
    params: (w) => ({ id: w.hiddenCapability }),
    outcomes: analystRefused,
  },
  'GET /api/v1/capabilities/{id}/attachments': {
    params: (w) => ({ id: w.hiddenCapability }),
    outcomes: analystReads,
  },
  'POST /api/v1/bids/{id}/attachments': { params: (w) => ({ id: w.bid }), outcomes: analystRefused },
  'GET /api/v1/bids/{id}/attachments': { params: (w) => ({ id: w.bid }), outcomes: analystReads },
  'POST /api/v1/orders/{id}/attachments': { params: (w) => ({ id: w.order }), outcomes: analystRefused },
  'GET /api/v1/orders/{id}/attachments': { params: (w) => ({ id: w.order }), outcomes: analystReads },
  'GET /api/v1/attachments/{id}': { params: (w) => ({ id: w.attachment }), outcomes: analystReads },
  'DELETE /api/v1/attachments/{id}': { params: (w) => ({ id: w.attachment }) },
};

/** Operations with an id that the matrix leaves out, each with why. */
export const BOLA_EXCLUSIONS: Record<string, string> = {
  'GET /api/v1/matches/{id}/feedback':
    'authorised by the signed link of an alert e-mail, not by a session; a link of another match or user ' +
    'is refused in match-feedback.int.test.ts',
};
