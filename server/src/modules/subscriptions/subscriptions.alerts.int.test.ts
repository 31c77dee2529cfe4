import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin, type Registered } from '../../../test/fixtures';
import { liveLot, rebuildLots } from '../../../test/lots-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { alertSubscribers } from './subscriptions.alerts';

let ctx: TestContext;
let analyst: { token: string };
let follower: Registered;
let buyer62: Registered;
let buyer66: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  follower = await register(ctx.app, { regionCode: '52' });
  buyer62 = await register(ctx.app, { regionCode: '62' });
  buyer66 = await register(ctx.app, { regionCode: '66' });
});
afterAll(() => ctx.close());

const alertsOf = async (organizationId: string) =>
  (
    await ctx.database.pool.query<{ kind: string; dedupe_key: string; payload: { needTitle?: string } }>(
      `SELECT kind, dedupe_key, payload FROM notifications WHERE organization_id = $1 AND kind LIKE 'subscription.%'
        ORDER BY id`,
      [organizationId],
    )
  ).rows;

describe('in-app alerts of subscriptions', () => {
  it('tells the organization of a fitting new need once, however many subscriptions fit or runs pass', async () => {
    for (const body of [{ okpd2Prefixes: ['28'] }, { okpd2Prefixes: ['28.15'], regionCodes: ['62'] }]) {
      const created = await api(ctx.app, 'POST', '/subscriptions', follower.token, {
        ...body,
        digest: 'off',
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const fitting = await openNeed(ctx.app, buyer62.token, {
      title: 'Подшипник 7510',
      okpd2: '28.15.10.120',
      deliveryRegionCode: '62',
    });
    await openNeed(ctx.app, buyer62.token, {
      title: 'Болт М12',
      okpd2: '25.94.11.110',
      deliveryRegionCode: '62',
    });
    // The follower's own need never alerts it.
    await openNeed(ctx.app, follower.token, { okpd2: '28.15.10.120', deliveryRegionCode: '52' });

    const first = await alertSubscribers(ctx.database.db, new Date());
    expect(first.created).toBe(1);
    await alertSubscribers(ctx.database.db, new Date());
    expect(await alertsOf(follower.organizationId)).toEqual([
      {
        kind: 'subscription.need',
        dedupe_key: `subscription.need:${fitting.id}`,
        payload: expect.objectContaining({ needTitle: 'Подшипник 7510', regionCode: '62' }),
      },
    ]);
    const listed = await api(ctx.app, 'GET', '/notifications', follower.token);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(JSON.stringify(listed.json())).toContain('subscription.need');
  });

  it('tells of a newly published lot that pools a fitting need, once', async () => {
    const kind = { okpd2: '28.15.10.120' };
    await openNeed(ctx.app, buyer66.token, { ...kind, deliveryRegionCode: '66' });
    await rebuildLots(ctx.database);
    const lot = (await liveLot(ctx.database, '28.15.10'))!;
    expect((await api(ctx.app, 'POST', `/lots/${lot.id}/publish`, analyst.token)).statusCode).toBe(200);
    await alertSubscribers(ctx.database.db, new Date());
    await alertSubscribers(ctx.database.db, new Date());
    const lots = (await alertsOf(follower.organizationId)).filter((row) => row.kind === 'subscription.lot');
    expect(lots.map((row) => row.dedupe_key)).toEqual([`subscription.lot:${lot.id}`]);
  });
});
