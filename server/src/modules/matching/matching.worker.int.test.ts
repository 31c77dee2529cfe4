import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createAssociationMember,
  postNeed,
  register,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import {
  addMember,
  mailText,
  postCapability,
  startInProcessWorker,
  startSmtpServer,
  startWebhookReceiver,
  waitFor,
  type RunningWorker,
} from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { verifySignature } from '../webhooks/signature';
import { createMatchingEngine } from './matching.engine';
import { MATCHING_CONFIG } from './scoring';

let ctx: TestContext;
let worker: RunningWorker;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let buyer: Registered;
let makerA: Registered;
let makerAMember: { token: string; userId: string; email: string };
let makerB: Registered;
let makerC: Registered;
let makerD: Registered;
let analyst: { token: string };
let secret: string;
let capabilityA: string;
let capabilityB: string;
let capabilityC: string;
let needId: string;

const get = (url: string, token: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: bearer(token) });

const notificationsOf = async (token: string) => (await get('/notifications', token)).json();

beforeAll(async () => {
  ctx = await createTestApp({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
  smtp = await startSmtpServer();
  receiver = await startWebhookReceiver();
  worker = await startInProcessWorker(ctx.database, {
    redisUrl: ctx.env.REDIS_URL,
    secret: ctx.env.JWT_SECRET,
    prefix: ctx.env.QUEUE_PREFIX,
    smtpUrl: smtp.url,
    publicUrl: 'https://zamena.example',
  });
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  buyer = await register(ctx.app, { regionCode: '62', name: 'АО Рязанский завод' });
  makerA = await register(ctx.app, { regionCode: '66', name: 'ООО Уральский подшипник' });
  makerAMember = await addMember(ctx.app, makerA, 'en');
  makerB = await register(ctx.app, { regionCode: '62', name: 'ООО Рязанские шарики' });
  makerC = await register(ctx.app, { regionCode: '62', name: 'ООО Втулка' });
  makerD = await register(ctx.app, { regionCode: '62', name: 'ООО Инструмент' });
  const hook = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organizations/${makerA.organizationId}/webhook-secret`,
    headers: bearer(makerA.token),
    payload: { url: receiver.url },
  });
  expect(hook.statusCode, hook.body).toBe(200);
  secret = hook.json().secret;
  capabilityA = (await postCapability(ctx.app, makerA.token)).id;
  // The same product, nearer, without analogues or localization: strong, ranked below A by fit.
  capabilityB = (
    await postCapability(ctx.app, makerB.token, {
      title: 'Подшипники роликовые конические однорядные',
      analogues: [],
      localization: undefined,
    })
  ).id;
  // Another bearing: a possible match, shown to the buyer, alerting nobody.
  capabilityC = (
    await postCapability(ctx.app, makerC.token, {
      title: 'Подшипники скольжения втулочные',
      okpd2: ['28.15.23.120'],
      analogues: [],
      localization: undefined,
    })
  ).id;
  await postCapability(ctx.app, makerD.token, {
    title: 'Инструмент режущий твердосплавный',
    okpd2: ['25.73.40.111'],
    analogues: ['Sandvik CNMG'],
  });
  // The capabilities' own runs finish before the need is posted (nothing to match yet).
  await waitFor(
    'capability runs',
    async () => ((await worker.queues.matching.getJobCounts()).completed ?? 0) >= 4,
  );
});

afterAll(async () => {
  await worker.stop();
  await smtp.close();
  await receiver.close();
  await ctx.close();
});

describe('matching through the worker (DESIGN.md §4)', () => {
  it('matches a published need, best first, strong matches and a possible one, each explained', async () => {
    needId = (await postNeed(ctx.app, buyer.token, { publish: true })).id;
    const body = await waitFor('matches', async () => {
      const list = (await get(`/needs/${needId}/matches`, buyer.token)).json();
      return list.items.length === 3 ? list : null;
    });
    expect(body.items.map((m: { capabilityId: string }) => m.capabilityId)).toEqual([
      capabilityA,
      capabilityB,
      capabilityC,
    ]);
    expect(body).toMatchObject({ noDomesticSupplier: false, matchedAt: expect.any(String) });
    const [best, second, possible] = body.items;
    expect(best).toMatchObject({
      needId,
      manufacturerOrganizationId: makerA.organizationId,
      manufacturer: { id: makerA.organizationId, regionCode: '66' },
      interregional: true,
      status: 'proposed',
      notified: true,
      supplierVerdict: null,
      // The replaced SKF 32210 is among its analogues; the same OKPD2 category.
      components: { partNumber: 1, head: 1, attributes: 1, classification: 0.9 },
    });
    expect(best.distanceKm).toBeGreaterThan(1000);
    expect(best.relevance).toBeGreaterThanOrEqual(0.9);
    expect(best.score).toBeGreaterThan(second.score);
    expect(String(best.score)).toMatch(/^(0\.\d{1,4}|1)$/);
    expect(second).toMatchObject({ notified: true, interregional: false, distanceKm: 0 });
    expect(second.relevance).toBeGreaterThanOrEqual(MATCHING_CONFIG.alertThreshold);
    // A plain bearing is not a tapered roller bearing: its head phrase differs.
    expect(possible).toMatchObject({ notified: false, components: { head: 0 } });
    expect(possible.relevance).toBeLessThan(MATCHING_CONFIG.alertThreshold);
  });

  it('notifies the buyer once and each strongly matched manufacturer once; a possible match alerts nobody', async () => {
    const buyerList = await waitFor('buyer notification', async () => {
      const list = await notificationsOf(buyer.token);
      return list.items.length > 0 ? list : null;
    });
    expect(buyerList.items).toHaveLength(1);
    expect(buyerList.items[0]).toMatchObject({ kind: 'need.matched', payload: { needId, suppliers: 2 } });
    expect(buyerList.unreadCount).toBe(1);
    for (const token of [makerA.token, makerAMember.token, makerB.token]) {
      const list = await waitFor('manufacturer notification', async () => {
        const page = await notificationsOf(token);
        return page.items.length > 0 ? page : null;
      });
      expect(list.items).toHaveLength(1);
      expect(list.items[0]).toMatchObject({
        kind: 'capability.need_fits',
        payload: { needId, matchId: expect.any(String) },
      });
    }
    expect((await notificationsOf(makerC.token)).items).toEqual([]);
    expect((await notificationsOf(makerD.token)).items).toEqual([]);
    // The possible match's manufacturer does not see it either.
    expect((await get(`/capabilities/${capabilityC}/matches`, makerC.token)).json().items).toEqual([]);
  });

  it('e-mails every recipient once, in their language', async () => {
    const expected = [buyer.email, makerA.email, makerAMember.email, makerB.email];
    await waitFor('e-mails', async () => smtp.received.length >= expected.length);
    const to = smtp.received.flatMap((mail) => mail.to).sort();
    expect(to).toEqual([...expected].sort());
    const russian = mailText(smtp.received.find((mail) => mail.to.includes(buyer.email))!.raw);
    expect(russian).toContain('Здравствуйте');
    expect(russian).toContain('найдено поставщиков: 2');
    expect(russian).toContain(`https://zamena.example/needs/${needId}`);
    const english = mailText(smtp.received.find((mail) => mail.to.includes(makerAMember.email))!.raw);
    expect(english).toContain('Hello Member Person');
    expect(english).toContain('fits your capability');
    // The alert carries a signed one-click "not our product" link for this recipient.
    expect(english).toMatch(
      /https:\/\/zamena\.example\/feedback\/matches\/[0-9a-f-]{36}\?token=[\w-]+\.[\w-]+/,
    );
    const emailed = await ctx.database.pool.query(
      'SELECT count(*) FROM notifications WHERE emailed_at IS NULL',
    );
    expect(Number(emailed.rows[0].count)).toBe(0);
  });

  it('sends one signed webhook per organization, whatever its number of members', async () => {
    await waitFor('webhook', async () => receiver.received.length >= 1);
    const deliveries = await waitFor('delivered', async () => {
      const page = (
        await get(`/organizations/${makerA.organizationId}/webhook-deliveries`, makerA.token)
      ).json();
      return page.items[0]?.status === 'delivered' ? page : null;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(1);
    const [hook] = receiver.received;
    expect(verifySignature(secret, hook!.body, hook!.headers['x-zamena-signature'] as string)).toBe(true);
    expect(hook!.headers['x-zamena-event-id']).toBe(deliveries.items[0].id);
    expect(JSON.parse(hook!.body)).toMatchObject({
      kind: 'capability.need_fits',
      organizationId: makerA.organizationId,
      payload: { needId },
    });
    expect(deliveries.items).toEqual([
      expect.objectContaining({ attempts: 1, lastStatusCode: 200, kind: 'capability.need_fits' }),
    ]);
  });

  it('changes nothing and notifies no one when the same job runs again', async () => {
    const before = await ctx.database.pool.query(
      'SELECT capability_id, score, updated_at FROM matches WHERE need_id = $1 ORDER BY capability_id',
      [needId],
    );
    const notificationsBefore = await ctx.database.pool.query('SELECT count(*) FROM notifications');
    const rerun = await createMatchingEngine({ pool: ctx.database.pool }).matchNeed(needId, 1);
    expect(rerun).toEqual({ outcome: 'matched', matches: 3, strong: 2, removed: 0, notified: 0 });
    const after = await ctx.database.pool.query(
      'SELECT capability_id, score, updated_at FROM matches WHERE need_id = $1 ORDER BY capability_id',
      [needId],
    );
    expect(after.rows).toEqual(before.rows);
    expect((await ctx.database.pool.query('SELECT count(*) FROM notifications')).rows).toEqual(
      notificationsBefore.rows,
    );
  });

  it('matches a capability published later against the open need (reverse matching)', async () => {
    const late = await register(ctx.app, { regionCode: '50', name: 'АО Подмосковные подшипники' });
    const capability = await postCapability(ctx.app, late.token, { okpd2: ['28.15.10.121'] });
    const list = await waitFor('reverse match', async () => {
      const page = (await get(`/needs/${needId}/matches`, buyer.token)).json();
      return page.items.length === 4 ? page : null;
    });
    expect(list.items.find((m: { capabilityId: string }) => m.capabilityId === capability.id)).toMatchObject({
      notified: true,
    });
    const own = (await get(`/capabilities/${capability.id}/matches`, late.token)).json();
    expect(own.items).toEqual([
      expect.objectContaining({
        needId,
        need: expect.objectContaining({
          title: 'Подшипник роликовый конический 7510',
          buyer: expect.anything(),
        }),
      }),
    ]);
    const buyerList = await waitFor('supplier found', async () => {
      const page = await notificationsOf(buyer.token);
      return page.items.length === 2 ? page : null;
    });
    expect(buyerList.items[0]).toMatchObject({
      kind: 'need.supplier_found',
      payload: { needId, capabilityId: capability.id },
    });
    const makerList = await waitFor('capability matched', async () => {
      const page = await notificationsOf(late.token);
      return page.items.length > 0 ? page : null;
    });
    expect(makerList.items).toEqual([
      expect.objectContaining({ kind: 'capability.matched', payload: expect.objectContaining({ needs: 1 }) }),
    ]);
  });

  it('removes the proposed matches of a cancelled need and keeps the reviewed ones', async () => {
    const list = (await get(`/needs/${needId}/matches`, analyst.token)).json();
    const approved = list.items[0].id;
    const review = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/matches/${approved}/review`,
      headers: bearer(analyst.token),
      payload: { decision: 'approve' },
    });
    expect(review.statusCode, review.body).toBe(200);
    const cancelled = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/needs/${needId}/cancel`,
      headers: bearer(buyer.token),
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const remaining = await waitFor('cleared', async () => {
      const rows = await ctx.database.pool.query('SELECT id, status FROM matches WHERE need_id = $1', [
        needId,
      ]);
      return rows.rows.length === 1 ? rows.rows : null;
    });
    expect(remaining).toEqual([{ id: approved, status: 'approved' }]);
  });
});
