import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, openNeed, postBid } from '../../../test/bids-fixtures';
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
let otherCentre: Registered;
let buyer: Registered;
let supplier: Registered;
let rival: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
  otherCentre = await registerVerifiedCentre(ctx.app, admin.token, '52');
  buyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '66' });
  rival = await register(ctx.app, { regionCode: '52' });
});
afterAll(() => ctx.close());

const write = (needId: string, token: string, body: string, supplierOrganizationId?: string) =>
  api(ctx.app, 'POST', `/needs/${needId}/messages`, token, { body, supplierOrganizationId });

const threadsOf = async (needId: string, token: string) => {
  const response = await api(ctx.app, 'GET', `/needs/${needId}/threads`, token);
  expect(response.statusCode).toBe(200);
  return response.json().items as { id: string; supplierOrganizationId: string; messageCount: number }[];
};

describe('message threads (one per need and supplier)', () => {
  it('opens a supplier’s thread with its first message; the buyer answers in it; both are notified', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const first = await write(need.id, supplier.token, 'Можем изготовить по чертежу, нужен допуск?');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ needId: need.id, side: 'supplier', authorName: 'Ирина Петрова' });
    const answer = await write(need.id, buyer.token, 'Допуск h7, чертёж вышлем', supplier.organizationId);
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toMatchObject({ threadId: first.json().threadId, side: 'buyer' });

    const page = (
      await api(ctx.app, 'GET', `/threads/${first.json().threadId}/messages`, supplier.token)
    ).json();
    expect(page.items.map((m: { side: string; body: string }) => [m.side, m.body])).toEqual([
      ['supplier', 'Можем изготовить по чертежу, нужен допуск?'],
      ['buyer', 'Допуск h7, чертёж вышлем'],
    ]);
    expect(page.thread).toMatchObject({ supplierOrganizationId: supplier.organizationId, messageCount: 2 });

    const notices = await ctx.database.pool.query(
      "SELECT organization_id FROM notifications WHERE kind = 'message.received' AND payload->>'threadId' = $1",
      [first.json().threadId],
    );
    expect(notices.rows.map((r) => r.organization_id).sort()).toEqual(
      [buyer.organizationId, supplier.organizationId].sort(),
    );
  });

  it('shows the buyer side and analysts every thread, each supplier its own', async () => {
    const need = await postNeed(ctx.app, centre.token, {
      publish: true,
      buyerOrganizationId: buyer.organizationId,
    });
    await write(need.id, supplier.token, 'Вопрос поставщика');
    await write(need.id, rival.token, 'Вопрос конкурента');
    expect(await threadsOf(need.id, buyer.token)).toHaveLength(2);
    expect(await threadsOf(need.id, centre.token)).toHaveLength(2);
    expect(await threadsOf(need.id, analyst.token)).toHaveLength(2);
    expect((await threadsOf(need.id, supplier.token)).map((t) => t.supplierOrganizationId)).toEqual([
      supplier.organizationId,
    ]);
    expect(await threadsOf(need.id, otherCentre.token)).toEqual([]);
  });

  it('keeps messages to the two parties and analysts: others get 404', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const { threadId } = (await write(need.id, supplier.token, 'Цена с НДС?')).json();
    for (const token of [buyer.token, supplier.token, analyst.token]) {
      expect((await api(ctx.app, 'GET', `/threads/${threadId}/messages`, token)).statusCode).toBe(200);
    }
    for (const token of [rival.token, otherCentre.token]) {
      expect((await api(ctx.app, 'GET', `/threads/${threadId}/messages`, token)).statusCode).toBe(404);
    }
    const draft = await postNeed(ctx.app, buyer.token);
    expect((await write(draft.id, supplier.token, 'Здравствуйте')).statusCode).toBe(404);
    expect((await api(ctx.app, 'GET', `/needs/${draft.id}/threads`, supplier.token)).statusCode).toBe(404);
  });

  it('makes the buyer side name the supplier, and a supplier write only in its own thread', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const unnamed = await write(need.id, buyer.token, 'Кому это?');
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().errors[0].path).toBe('supplierOrganizationId');
    const toCentre = await write(need.id, buyer.token, 'Центру', centre.organizationId);
    expect(toCentre.statusCode).toBe(400);
    const intoRival = await write(need.id, supplier.token, 'Чужой тред', rival.organizationId);
    expect(intoRival.statusCode).toBe(400);
    const byAnalyst = await write(need.id, analyst.token, 'Аналитик');
    expect(byAnalyst.statusCode).toBe(403);
    expect(byAnalyst.json().code).toBe('not_a_party');
    const empty = await write(need.id, supplier.token, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body');
    const count = await ctx.database.pool.query(
      'SELECT count(*)::int AS n FROM message_threads WHERE need_id = $1',
      [need.id],
    );
    expect(count.rows).toEqual([{ n: 0 }]);
  });

  it('starts new conversations only while the need is open, but continues existing ones', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    expect((await write(need.id, supplier.token, 'До закрытия')).statusCode).toBe(201);
    await ctx.database.pool.query(`UPDATE needs SET status = 'awarded' WHERE id = $1`, [need.id]);
    expect((await write(need.id, supplier.token, 'После присуждения')).statusCode).toBe(201);
    const late = await write(need.id, rival.token, 'Опоздал');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('need_not_open');
  });

  it("lets the supplier of an order start the thread after the award (the order page's messages)", async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, rival.token, need.id);
    await acceptedOrder(ctx.app, buyer.token, bid.id);
    const first = await write(need.id, rival.token, 'Отгрузка по графику');
    expect(first.statusCode).toBe(201);
    expect((await write(need.id, supplier.token, 'Без заказа')).json().code).toBe('need_not_open');
  });
});
