import { randomUUID } from 'node:crypto';
import type { App } from '../src/app';
import { bearer, postNeed } from './fixtures';

/** A valid POST /needs/:id/bids body (DESIGN.md §5 example); override any field. */
export const bidBody = (overrides: Record<string, unknown> = {}) => ({
  unitPrice: '790.00',
  quantity: '1200',
  leadTimeDays: 40,
  validUntil: '2030-01-15',
  comment: 'Поставка партиями по 300 шт.',
  ...overrides,
});

type Json = Record<string, unknown> & { id: string };

/** Calls the API as `token`; `headers` add to the bearer header. */
export const api = (
  app: App,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  token?: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...(token ? bearer(token) : {}), ...headers },
    ...(payload ? { payload } : {}),
  });

/** An open need of the buyer; fails the test on anything but 201. */
export const openNeed = (app: App, token: string, overrides: Record<string, unknown> = {}) =>
  postNeed(app, token, { publish: true, ...overrides });

/** Posts a bid and returns its body; fails the test unless it was created (201). */
export async function postBid(
  app: App,
  token: string,
  needId: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await api(app, 'POST', `/needs/${needId}/bids`, token, bidBody(overrides));
  if (response.statusCode !== 201) throw new Error(`bid failed: ${response.statusCode} ${response.body}`);
  return response.json() as Json & { revision: number; status: string };
}

/** POST /bids/:id/accept with an Idempotency-Key (a new one unless given). */
export const acceptBid = (app: App, token: string, bidId: string, key: string = randomUUID()) =>
  api(app, 'POST', `/bids/${bidId}/accept`, token, undefined, { 'idempotency-key': key });

/** Accepts a bid and returns the order; fails the test on anything but 201. */
export async function acceptedOrder(app: App, token: string, bidId: string) {
  const response = await acceptBid(app, token, bidId);
  if (response.statusCode !== 201) throw new Error(`accept failed: ${response.statusCode} ${response.body}`);
  return response.json() as Json & { status: string; total: string };
}

/** Bid terms (DESIGN.md §5 "Bid terms") for 1 200 units delivered in two lots; override any field. */
export const bidTerms = (overrides: Record<string, unknown> = {}) => ({
  vatRate: '20',
  priceIncludesVat: true,
  deliveryBasis: 'buyer_site',
  deliveryCost: null,
  prepaymentPercent: 30,
  paymentDays: 30,
  warrantyMonths: 12,
  schedule: [
    { date: '2029-11-01', quantity: '600' },
    { date: '2030-01-15', quantity: '600' },
  ],
  ...overrides,
});
