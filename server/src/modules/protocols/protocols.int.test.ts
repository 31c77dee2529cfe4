import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, bidTerms, openNeed, postBid } from '../../../test/bids-fixtures';
import {
  createAssociationMember,
  postNeed,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
let centre: Registered;
let buyer: Registered;
let pickup: Registered;
let delivered: Registered;
let untermed: Registered;
let stranger: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
  buyer = await register(ctx.app, { regionCode: '62', name: 'АО «Рязанский станкозавод»' });
  pickup = await register(ctx.app, { regionCode: '63', name: 'ООО «Самарский подшипник»' });
  delivered = await register(ctx.app, { regionCode: '55', name: 'ООО «Омский подшипниковый завод»' });
  untermed = await register(ctx.app, { regionCode: '66', name: 'ООО «Уральский подшипник»' });
  stranger = await register(ctx.app, { regionCode: '77' });
});
afterAll(() => ctx.close());

const query = async (sql: string, params: unknown[] = []) =>
  (await ctx.database.pool.query(sql, params)).rows;

const accept = (token: string, bidId: string, payload?: object) =>
  api(ctx.app, 'POST', `/bids/${bidId}/accept`, token, payload, { 'idempotency-key': randomUUID() });

/**
 * Three bids on one need: 835 ₽ without VAT, pick-up (1 002,00 delivered with VAT); 790 ₽ with VAT,
 * delivered (790,00); 800 ₽ without terms (ranked by its unit price).
 */
async function threeBids(needOverrides: Record<string, unknown> = {}, quantity = '1200') {
  const need = await openNeed(ctx.app, buyer.token, needOverrides);
  const a = await postBid(ctx.app, pickup.token, need.id, {
    unitPrice: '835.00',
    quantity,
    leadTimeDays: 30,
    ...bidTerms({ priceIncludesVat: false, deliveryBasis: 'pickup', schedule: null }),
  });
  const b = await postBid(ctx.app, delivered.token, need.id, {
    unitPrice: '790.00',
    leadTimeDays: 40,
    ...bidTerms(),
  });
  const c = await postBid(ctx.app, untermed.token, need.id, { unitPrice: '800.00', leadTimeDays: 20 });
  return { need, a, b, c };
}

describe('the selection protocol (issue 22)', () => {
  it('freezes the comparison, the winner and the trimmed reason when a bid is accepted', async () => {
    const { need, a, b, c } = await threeBids();
    const response = await accept(buyer.token, a.id, { reason: '  Самовывоз удобнее: свой транспорт  ' });
    expect(response.statusCode).toBe(201);
    const order = response.json();
    expect(order.protocolId).toEqual(expect.any(String));
    const read = await api(ctx.app, 'GET', `/orders/${order.id}`, buyer.token);
    expect(read.json().protocolId).toBe(order.protocolId);

    const protocol = (await api(ctx.app, 'GET', `/protocols/${order.protocolId}`, buyer.token)).json();
    expect(protocol).toMatchObject({
      id: order.protocolId,
      needId: need.id,
      winningBidId: a.id,
      orderId: order.id,
      reason: 'Самовывоз удобнее: свой транспорт',
    });
    expect(protocol.number).toMatch(new RegExp(`^${new Date().getUTCFullYear()}-\\d{6}$`));
    const { snapshot } = protocol;
    expect(snapshot.need).toMatchObject({ id: need.id, quantity: '1200', unit: '796', okpd2: need.okpd2 });
    expect(snapshot.need.buyer.name).toBe('АО «Рязанский станкозавод»');
    // Comparison order: delivered unit price with VAT (unit price without terms), then lead time.
    expect(snapshot.bids.map((bid: { bidId: string }) => bid.bidId)).toEqual([b.id, c.id, a.id]);
    expect(snapshot.bids.map((bid: { rank: number }) => bid.rank)).toEqual([1, 2, 3]);
    expect(snapshot.bids.map((bid: { winner: boolean }) => bid.winner)).toEqual([false, false, true]);
    expect(snapshot.bids[2]).toMatchObject({
      supplier: { name: 'ООО «Самарский подшипник»' },
      unitPrice: '835.00',
      terms: { vatRate: '20', priceIncludesVat: false, deliveryBasis: 'pickup', warrantyMonths: 12 },
      deliveredUnitPriceWithVat: '1002.00',
      priceBreakdown: { unitPriceWithoutVat: '835.00', deliveryPerUnit: '0.00', vatPerUnit: '167.00' },
    });
    expect(snapshot.bids[1]).toMatchObject({ terms: null, deliveredUnitPriceWithVat: null });
    expect(snapshot.bids[0].terms.schedule).toHaveLength(2);
    expect(snapshot.decidedBy).toMatchObject({
      userId: buyer.userId,
      organizationId: buyer.organizationId,
      organizationName: 'АО «Рязанский станкозавод»',
      forBuyer: false,
    });

    // The reason is the accepted bid's decision note and in the audit trail of the acceptance.
    expect(await query('SELECT decision_reason FROM bids WHERE id = $1', [a.id])).toEqual([
      { decision_reason: 'Самовывоз удобнее: свой транспорт' },
    ]);
    const [audit] = await query(
      "SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'bid.accepted'",
      [a.id],
    );
    expect(audit.after).toMatchObject({
      reason: 'Самовывоз удобнее: свой транспорт',
      protocolId: protocol.id,
    });
  });

  it('does not change when a bid is later withdrawn or revised', async () => {
    // A split award: the other bids stay live after the first acceptance.
    const { a, b, c } = await threeBids({ allowSplitAward: true }, '600');
    const accepted = await accept(buyer.token, a.id);
    expect(accepted.statusCode, accepted.body).toBe(201);
    const order = accepted.json();
    const before = (await api(ctx.app, 'GET', `/protocols/${order.protocolId}`, buyer.token)).json();
    expect(before.reason).toBe('');
    expect(before.snapshot.bids).toHaveLength(3);

    expect((await api(ctx.app, 'POST', `/bids/${b.id}/withdraw`, delivered.token)).statusCode).toBe(200);
    const revised = await api(ctx.app, 'PATCH', `/bids/${c.id}`, untermed.token, { unitPrice: '500.00' });
    expect(revised.statusCode).toBe(200);

    const after = (await api(ctx.app, 'GET', `/protocols/${order.protocolId}`, buyer.token)).json();
    expect(after).toEqual(before);
    expect(after.snapshot.bids.find((bid: { bidId: string }) => bid.bidId === c.id).unitPrice).toBe('800.00');
  });

  it('numbers protocols one after another within the year', async () => {
    const first = await threeBids();
    const second = await threeBids();
    const one = (await accept(buyer.token, first.b.id)).json();
    const two = (await accept(buyer.token, second.b.id)).json();
    const numberOf = async (id: string) =>
      Number((await api(ctx.app, 'GET', `/protocols/${id}`, buyer.token)).json().number.slice(5));
    expect((await numberOf(two.protocolId)) - (await numberOf(one.protocolId))).toBe(1);
  });

  it('lets both sides, the posting centre and analysts read it; losing bidders and others get 404', async () => {
    const need = await postNeed(ctx.app, centre.token, {
      publish: true,
      buyerOrganizationId: buyer.organizationId,
    });
    const winner = await postBid(ctx.app, delivered.token, need.id, { ...bidTerms() });
    await postBid(ctx.app, pickup.token, need.id, { unitPrice: '700.00' });
    const order = (await accept(centre.token, winner.id, { reason: 'Доставка до площадки' })).json();
    const url = `/protocols/${order.protocolId}`;
    for (const token of [buyer.token, centre.token, delivered.token, analyst.token]) {
      expect((await api(ctx.app, 'GET', url, token)).statusCode).toBe(200);
      expect((await api(ctx.app, 'GET', `${url}.pdf`, token)).statusCode).toBe(200);
    }
    for (const token of [pickup.token, stranger.token]) {
      const json = await api(ctx.app, 'GET', url, token);
      expect(json.statusCode).toBe(404);
      expect(json.json().code).toBe('not_found');
      expect((await api(ctx.app, 'GET', `${url}.pdf`, token)).statusCode).toBe(404);
    }
    expect((await api(ctx.app, 'GET', `/protocols/${randomUUID()}`, buyer.token)).statusCode).toBe(404);
    expect((await api(ctx.app, 'GET', url)).statusCode).toBe(401);
    const protocol = (await api(ctx.app, 'GET', url, analyst.token)).json();
    expect(protocol.snapshot.decidedBy).toMatchObject({
      organizationId: centre.organizationId,
      forBuyer: true,
    });
  });

  it('renders a PDF with the DejaVu font embedded, in Russian or English', async () => {
    const { a } = await threeBids();
    const order = (await accept(buyer.token, a.id, { reason: 'Гарантия 12 мес.' })).json();
    const pdf = await api(ctx.app, 'GET', `/protocols/${order.protocolId}.pdf`, buyer.token);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline; filename="protocol-\d{4}-\d{6}\.pdf"$/);
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const body = bytes.toString('latin1');
    expect(body).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(body).toContain('/FontFile2');
    const english = await api(ctx.app, 'GET', `/protocols/${order.protocolId}.pdf?lang=en`, buyer.token);
    expect(english.statusCode).toBe(200);
    expect(english.rawPayload.equals(bytes)).toBe(false);
    const wrong = await api(ctx.app, 'GET', `/protocols/${order.protocolId}.pdf?lang=de`, buyer.token);
    expect(wrong.statusCode).toBe(400);
  });

  it('refuses an over-long reason and leaves the bid open', async () => {
    const { b } = await threeBids();
    const response = await accept(buyer.token, b.id, { reason: 'я'.repeat(2001) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('reason');
    expect(await query('SELECT status FROM bids WHERE id = $1', [b.id])).toEqual([{ status: 'submitted' }]);
  });
});
