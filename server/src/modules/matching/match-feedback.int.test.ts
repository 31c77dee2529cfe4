import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createAssociationMember,
  postNeed,
  register,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createFeedbackTokens } from './feedback-token';
import { createMatchingEngine, type MatchingEngine } from './matching.engine';

let ctx: TestContext;
let engine: MatchingEngine;
let analyst: { token: string };
let buyer: Registered;
let makerA: Registered;
let makerB: Registered;
let stranger: Registered;
let needId: string;
let matchA: string;
let matchB: string;

type Item = { id: string; capabilityId: string; manufacturerOrganizationId: string; notified: boolean };

const call = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  token: string | null,
  payload?: object,
  headers = {},
) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...(token ? bearer(token) : {}), ...headers },
    ...(payload ? { payload } : {}),
  });
const notOurs = (id: string, token: string | null, extra: object = {}) =>
  call('POST', `/matches/${id}/feedback`, token, { verdict: 'not_our_product', ...extra });
const matchesOf = async (token: string) => (await call('GET', `/needs/${needId}/matches`, token)).json();

beforeAll(async () => {
  ctx = await createTestApp();
  engine = createMatchingEngine({ pool: ctx.database.pool });
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  buyer = await register(ctx.app, { regionCode: '62' });
  makerA = await register(ctx.app, { regionCode: '66' });
  makerB = await register(ctx.app, { regionCode: '77' });
  stranger = await register(ctx.app, { regionCode: '62' });
  await postCapability(ctx.app, makerA.token);
  await postCapability(ctx.app, makerB.token, { analogues: ['FAG 32210', 'SKF 32210'] });
  needId = (await postNeed(ctx.app, buyer.token, { publish: true })).id;
  expect(await engine.matchNeed(needId, 1)).toMatchObject({ outcome: 'matched', strong: 2 });
  const items = (await matchesOf(buyer.token)).items as Item[];
  matchA = items.find((item) => item.manufacturerOrganizationId === makerA.organizationId)!.id;
  matchB = items.find((item) => item.manufacturerOrganizationId === makerB.organizationId)!.id;
});
afterAll(() => ctx.close());

describe('POST /matches/:id/feedback: "not our product"', () => {
  it('answers 404 to other organizations, analysts included, and for unknown matches', async () => {
    for (const token of [stranger.token, makerB.token, buyer.token, analyst.token]) {
      expect((await notOurs(matchA, token)).statusCode).toBe(404);
    }
    expect((await notOurs(randomUUID(), makerA.token)).statusCode).toBe(404);
    expect((await notOurs('not-a-uuid', makerA.token)).statusCode).toBe(400);
  });

  it('refuses a bad body with the field that is wrong, and a caller without sign-in or token', async () => {
    const bad = await call('POST', `/matches/${matchA}/feedback`, makerA.token, { verdict: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('verdict');
    expect((await notOurs(matchA, null)).statusCode).toBe(401);
  });

  it("records the manufacturer's answer once, audited, and hides the pair from the buyer", async () => {
    const answered = await notOurs(matchA, makerA.token, { note: 'Делаем только шариковые' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ id: matchA, supplierVerdict: 'not_our_product', notified: true });
    const again = await notOurs(matchA, makerA.token, { note: 'другое' });
    expect(again.statusCode).toBe(200);
    const audit = await ctx.database.pool.query(
      `SELECT after FROM audit_events WHERE entity_type = 'match' AND entity_id = $1 AND action = 'match.not_our_product'`,
      [matchA],
    );
    expect(audit.rows).toEqual([
      { after: { supplierVerdict: 'not_our_product', note: 'Делаем только шариковые' } },
    ]);

    const forBuyer = await matchesOf(buyer.token);
    expect(forBuyer.items.map((item: Item) => item.id)).toEqual([matchB]);
    expect(forBuyer.noDomesticSupplier).toBe(false);
    // Analysts see it, answered: labelled data.
    const forAnalyst = await matchesOf(analyst.token);
    expect(forAnalyst.items.find((item: Item) => item.id === matchA)).toMatchObject({
      supplierVerdict: 'not_our_product',
    });
  });

  it('suppresses the pair on the next run: no proposal, no new alert', async () => {
    const changed = await call(
      'PATCH',
      `/needs/${needId}`,
      buyer.token,
      { quantity: '1500' },
      { 'if-match': '"1"' },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const alertsBefore = await ctx.database.pool.query(
      `SELECT count(*)::int AS n FROM notifications WHERE organization_id = $1`,
      [makerA.organizationId],
    );
    // The buyer hears of the new version's suppliers once; B was alerted already, A is not proposed.
    expect(await engine.matchNeed(needId, 2)).toMatchObject({ outcome: 'matched', strong: 1, notified: 1 });
    const rows = await ctx.database.pool.query(
      'SELECT id, supplier_verdict, need_version FROM matches WHERE need_id = $1 ORDER BY id',
      [needId],
    );
    // The answered pair stays as it was answered (version 1); only B was matched again.
    expect(rows.rows.find((row) => row.id === matchA)).toMatchObject({
      supplier_verdict: 'not_our_product',
      need_version: 1,
    });
    expect(rows.rows.find((row) => row.id === matchB)).toMatchObject({ need_version: 2 });
    const alertsAfter = await ctx.database.pool.query(
      `SELECT count(*)::int AS n FROM notifications WHERE organization_id = $1`,
      [makerA.organizationId],
    );
    expect(alertsAfter.rows).toEqual(alertsBefore.rows);
  });

  it('works from the signed link of the alert e-mail, without sign-in, for that match and user only', async () => {
    const tokens = createFeedbackTokens(ctx.env.JWT_SECRET);
    const token = tokens.sign(matchB, makerB.userId);
    const subject = await call('GET', `/matches/${matchB}/feedback?token=${encodeURIComponent(token)}`, null);
    expect(subject.statusCode, subject.body).toBe(200);
    expect(subject.json()).toMatchObject({
      matchId: matchB,
      needId,
      needTitle: 'Подшипник роликовый конический 7510',
      capabilityTitle: 'Подшипники роликовые конические',
      supplierVerdict: null,
    });
    // Another match's token, a forged one, another secret's and an expired one are refused.
    const expired = createFeedbackTokens(ctx.env.JWT_SECRET, () => new Date('2020-01-01')).sign(
      matchB,
      makerB.userId,
    );
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    const otherSecret = createFeedbackTokens('another secret of at least thirty-two chars').sign(
      matchB,
      makerB.userId,
    );
    for (const bad of [tokens.sign(matchA, makerB.userId), forged, otherSecret, expired]) {
      expect((await notOurs(matchB, null, { token: bad })).statusCode).toBe(401);
    }
    // A genuine token of a user of another organization answers 404, like any other caller's.
    expect((await notOurs(matchB, null, { token: tokens.sign(matchB, stranger.userId) })).statusCode).toBe(
      404,
    );

    const answered = await notOurs(matchB, null, { token });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ supplierVerdict: 'not_our_product' });
    // Every alert refused: nobody in the country makes it, as far as the exchange knows.
    const forBuyer = await matchesOf(buyer.token);
    expect(forBuyer).toMatchObject({ items: [], noDomesticSupplier: true });
  });
});
