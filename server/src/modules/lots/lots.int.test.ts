import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import {
  createAssociationMember,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { liveLot, rebuildLots } from '../../../test/lots-fixtures';
import { waitFor } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createRedis } from '../../queue/connections';
import { startOutboxRelay } from '../../queue/outbox-relay';
import { closeQueues, createQueues } from '../../queue/queues';
import { handlerTable, startWorkers } from '../../queue/worker-runtime';
import { lotJobHandlers } from './lots.rebuild';

let ctx: TestContext;
let admin: { token: string };
let analyst: { token: string };
let centre62: Registered;
let centre77: Registered;
let buyer62: Registered;
let buyer66: Registered;
let maker: Registered;
let rival: Registered;
let draftLotId: string;
let publishedLotId: string;

const lotBid = (overrides: Record<string, unknown> = {}) => ({
  unitPrice: '95.50',
  quantity: '150',
  leadTimeDays: 60,
  validUntil: '2030-06-30',
  comment: 'Партиями по 50 шт.',
  ...overrides,
});

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre62 = await registerVerifiedCentre(ctx.app, admin.token, '62');
  centre77 = await registerVerifiedCentre(ctx.app, admin.token, '77');
  buyer62 = await register(ctx.app, { regionCode: '62' });
  buyer66 = await register(ctx.app, { regionCode: '66' });
  maker = await register(ctx.app, { regionCode: '52' });
  rival = await register(ctx.app, { regionCode: '50' });
  for (const okpd2 of ['28.15.10.120', '25.94.11.110']) {
    await openNeed(ctx.app, buyer62.token, { okpd2, deliveryRegionCode: '62', quantity: '100' });
    await openNeed(ctx.app, buyer66.token, { okpd2, deliveryRegionCode: '66', quantity: '100' });
  }
  await rebuildLots(ctx.database);
  draftLotId = (await liveLot(ctx.database, '28.15.10'))!.id;
  publishedLotId = (await liveLot(ctx.database, '25.94.11'))!.id;
  const published = await api(ctx.app, 'POST', `/lots/${publishedLotId}/publish`, analyst.token);
  if (published.statusCode !== 200) throw new Error(published.body);
});
afterAll(() => ctx.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

describe('who sees which lots (DESIGN.md §3)', () => {
  it('lists published lots to enterprises, every lot to analysts, their region’s to verified centres', async () => {
    const enterprise = await api(ctx.app, 'GET', '/lots', rival.token);
    expect(enterprise.statusCode, enterprise.body).toBe(200);
    expect(ids(enterprise.json())).toEqual([publishedLotId]);
    // Asking for drafts changes nothing for an enterprise.
    expect(ids((await api(ctx.app, 'GET', '/lots?status=draft', rival.token)).json())).toEqual([]);

    expect(ids((await api(ctx.app, 'GET', '/lots', analyst.token)).json()).sort()).toEqual(
      [draftLotId, publishedLotId].sort(),
    );
    expect(ids((await api(ctx.app, 'GET', '/lots', centre62.token)).json()).sort()).toEqual(
      [draftLotId, publishedLotId].sort(),
    );
    expect(ids((await api(ctx.app, 'GET', '/lots', centre77.token)).json())).toEqual([]);
    expect(ids((await api(ctx.app, 'GET', '/lots?okpd2=28', analyst.token)).json())).toEqual([draftLotId]);
    expect(ids((await api(ctx.app, 'GET', '/lots?okpd2=28.15.10.120', analyst.token)).json())).toEqual([
      draftLotId,
    ]);
  });

  it('answers 404 for a draft lot to another organization, and shows it to analysts and the region’s centre', async () => {
    for (const token of [rival.token, buyer62.token, centre77.token]) {
      const response = await api(ctx.app, 'GET', `/lots/${draftLotId}`, token);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await api(ctx.app, 'GET', `/lots/${draftLotId}`, centre62.token)).statusCode).toBe(200);
    const detail = await api(ctx.app, 'GET', `/lots/${draftLotId}`, analyst.token);
    expect(detail.json()).toMatchObject({ status: 'draft', needsCount: 2, regionCodes: ['62', '66'] });
  });

  it('shows a published lot with its needs (no buyer contacts) and the support measures', async () => {
    const response = await api(ctx.app, 'GET', `/lots/${publishedLotId}`, rival.token);
    expect(response.statusCode, response.body).toBe(200);
    const lot = response.json();
    expect(lot.needs).toHaveLength(2);
    expect(lot.needs[0]).not.toHaveProperty('buyerContacts');
    // The seeded federal measures apply to every kind and region.
    expect(lot.supportMeasures.map((m: { operator: string }) => m.operator)).toContain(
      'Фонд развития промышленности',
    );
  });

  it('refuses a malformed id and a malformed filter with 400', async () => {
    expect((await api(ctx.app, 'GET', '/lots/not-a-uuid', analyst.token)).statusCode).toBe(400);
    const bad = await api(ctx.app, 'GET', '/lots?status=open', analyst.token);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('status');
  });
});

describe('publishing a lot', () => {
  it('refuses enterprises (404: they cannot see the draft) and centres (403)', async () => {
    expect((await api(ctx.app, 'POST', `/lots/${draftLotId}/publish`, rival.token)).statusCode).toBe(404);
    const centre = await api(ctx.app, 'POST', `/lots/${draftLotId}/publish`, centre62.token);
    expect(centre.statusCode).toBe(403);
    expect((await liveLot(ctx.database, '28.15.10'))?.status).toBe('draft');
  });

  it('publishes a draft once, notifying each buyer once; a second publish is a 409', async () => {
    const kind = '28.14.11';
    await openNeed(ctx.app, buyer62.token, { okpd2: '28.14.11.110', deliveryRegionCode: '62' });
    await openNeed(ctx.app, buyer62.token, { okpd2: '28.14.11.120', deliveryRegionCode: '62' });
    await openNeed(ctx.app, buyer66.token, { okpd2: '28.14.11.110', deliveryRegionCode: '66' });
    await rebuildLots(ctx.database);
    const lot = (await liveLot(ctx.database, kind))!;

    const response = await api(ctx.app, 'POST', `/lots/${lot.id}/publish`, analyst.token);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await api(ctx.app, 'POST', `/lots/${lot.id}/publish`, analyst.token)).statusCode).toBe(409);

    const notified = await ctx.database.pool.query(
      `SELECT organization_id, payload FROM notifications WHERE kind = 'lot.published' AND dedupe_key = $1`,
      [`lot-published:${lot.id}`],
    );
    expect(notified.rows.map((row) => row.organization_id).sort()).toEqual(
      [buyer62.organizationId, buyer66.organizationId].sort(),
    );
    expect(notified.rows[0].payload).toMatchObject({ lotId: lot.id, okpd2Kind: kind, needsCount: 3 });
    const inbox = await api(ctx.app, 'GET', '/notifications', buyer66.token);
    expect(inbox.json().items.map((n: { kind: string }) => n.kind)).toContain('lot.published');
    const outsider = await api(ctx.app, 'GET', '/notifications', rival.token);
    expect(outsider.json().items.map((n: { kind: string }) => n.kind)).not.toContain('lot.published');
    const audit = await ctx.database.pool.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'lot' AND entity_id = $1 AND action = 'lot.published'`,
      [lot.id],
    );
    expect(audit.rows[0].n).toBe(1);
  });
});

describe('bids on a lot', () => {
  it('takes a manufacturer’s bid on a share of a published lot: 201 with the total', async () => {
    const response = await api(ctx.app, 'POST', `/lots/${publishedLotId}/bids`, maker.token, lotBid());
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      lotId: publishedLotId,
      bidderOrganizationId: maker.organizationId,
      quantity: '150',
      unitPrice: '95.50',
      total: '14325.00',
      status: 'submitted',
    });
    const again = await api(ctx.app, 'POST', `/lots/${publishedLotId}/bids`, maker.token, lotBid());
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('lot_bid_exists');
  });

  it('refuses more than the lot’s volume and a past validity with 400 naming the fields, writing nothing', async () => {
    const count = async () =>
      Number((await ctx.database.pool.query('SELECT count(*) FROM lot_bids')).rows[0].count);
    const before = await count();
    const response = await api(
      ctx.app,
      'POST',
      `/lots/${publishedLotId}/bids`,
      rival.token,
      lotBid({ quantity: '200.001', validUntil: '2020-01-01' }),
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['quantity', 'validUntil']);
    const malformed = await api(
      ctx.app,
      'POST',
      `/lots/${publishedLotId}/bids`,
      rival.token,
      lotBid({ unitPrice: '1.5e3' }),
    );
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('unitPrice');
    expect(await count()).toBe(before);
  });

  it('refuses a buyer of the pooled needs, centres and analysts; a draft lot is 404', async () => {
    const own = await api(ctx.app, 'POST', `/lots/${publishedLotId}/bids`, buyer62.token, lotBid());
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('own_lot');
    expect(
      (await api(ctx.app, 'POST', `/lots/${publishedLotId}/bids`, centre62.token, lotBid())).statusCode,
    ).toBe(403);
    expect(
      (await api(ctx.app, 'POST', `/lots/${publishedLotId}/bids`, analyst.token, lotBid())).statusCode,
    ).toBe(403);
    expect((await api(ctx.app, 'POST', `/lots/${draftLotId}/bids`, rival.token, lotBid())).statusCode).toBe(
      404,
    );
    const onDraft = await api(ctx.app, 'POST', `/lots/${draftLotId}/bids`, centre62.token, lotBid());
    expect(onDraft.statusCode).toBe(403);
  });

  it('lists every bid to analysts and each bidder its own only', async () => {
    await api(ctx.app, 'POST', `/lots/${publishedLotId}/bids`, rival.token, lotBid({ quantity: '200' }));
    const all = await api(ctx.app, 'GET', `/lots/${publishedLotId}/bids`, analyst.token);
    expect(all.json().items).toHaveLength(2);
    const own = await api(ctx.app, 'GET', `/lots/${publishedLotId}/bids`, maker.token);
    expect(own.json().items.map((b: { bidderOrganizationId: string }) => b.bidderOrganizationId)).toEqual([
      maker.organizationId,
    ]);
    expect((await api(ctx.app, 'GET', `/lots/${publishedLotId}/bids`, buyer66.token)).json().items).toEqual(
      [],
    );
    expect((await api(ctx.app, 'GET', `/lots/${draftLotId}/bids`, rival.token)).statusCode).toBe(404);
  });
});

describe('withdrawing a lot bid', () => {
  it('lets the bidder withdraw its live bid once and bid again; others cannot touch it', async () => {
    const third = await register(ctx.app, { regionCode: '47' });
    const made = await api(ctx.app, 'POST', `/lots/${publishedLotId}/bids`, third.token, lotBid());
    expect(made.statusCode, made.body).toBe(201);
    const withdraw = (token: string, bidId: string, lotId = publishedLotId) =>
      api(ctx.app, 'POST', `/lots/${lotId}/bids/${bidId}/withdraw`, token);
    const bidId = made.json().id as string;

    expect((await withdraw(rival.token, bidId)).statusCode).toBe(404);
    expect((await withdraw(analyst.token, bidId)).json()).toMatchObject({
      status: 403,
      code: 'not_your_bid',
    });
    expect((await withdraw(third.token, bidId, draftLotId)).statusCode).toBe(404);
    expect((await withdraw(third.token, 'not-a-uuid')).statusCode).toBe(400);

    const [first, second] = await Promise.all([withdraw(third.token, bidId), withdraw(third.token, bidId)]);
    expect([first!.statusCode, second!.statusCode].sort()).toEqual([200, 409]);
    const done = first!.statusCode === 200 ? first! : second!;
    expect(done.json()).toMatchObject({ id: bidId, status: 'withdrawn', total: '14325.00' });
    expect((await withdraw(third.token, bidId)).json()).toMatchObject({ code: 'lot_bid_withdrawn' });

    const again = await api(
      ctx.app,
      'POST',
      `/lots/${publishedLotId}/bids`,
      third.token,
      lotBid({ unitPrice: '90' }),
    );
    expect(again.statusCode, again.body).toBe(201);
    const own = (await api(ctx.app, 'GET', `/lots/${publishedLotId}/bids`, third.token)).json().items;
    expect(own.map((bid: { status: string; unitPrice: string }) => [bid.status, bid.unitPrice])).toEqual([
      ['submitted', '90.00'],
      ['withdrawn', '95.50'],
    ]);
    const audit = await ctx.database.pool.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'lot_bid.withdrawn' AND entity_id = $1",
      [bidId],
    );
    expect(audit.rows[0].n).toBe(1);
  });
});

describe('POST /lots/rebuild', () => {
  it('refuses enterprises and centres; their polling answers 404', async () => {
    expect((await api(ctx.app, 'POST', '/lots/rebuild', rival.token)).statusCode).toBe(403);
    expect((await api(ctx.app, 'POST', '/lots/rebuild', centre62.token)).statusCode).toBe(403);
    const queued = await api(ctx.app, 'POST', '/lots/rebuild', analyst.token);
    expect((await api(ctx.app, 'GET', `/lots/rebuilds/${queued.json().id}`, rival.token)).statusCode).toBe(
      404,
    );
  });

  it('queues one rebuild (202, a second request gets the same), which the worker runs to success', async () => {
    await openNeed(ctx.app, buyer62.token, { okpd2: '27.11.10.110', deliveryRegionCode: '62', unit: '839' });
    await openNeed(ctx.app, buyer66.token, { okpd2: '27.11.10.110', deliveryRegionCode: '66', unit: '839' });
    const first = await api(ctx.app, 'POST', '/lots/rebuild', admin.token);
    expect(first.statusCode, first.body).toBe(202);
    expect(first.headers.location).toBe(`/api/v1/lots/rebuilds/${first.json().id}`);
    expect(first.json()).toMatchObject({ status: 'queued', trigger: 'manual', stats: null });
    const second = await api(ctx.app, 'POST', '/lots/rebuild', analyst.token);
    expect(second.json().id).toBe(first.json().id);

    const silent = pino({ level: 'silent' });
    const producer = createRedis(ctx.env.REDIS_URL, 'worker', silent);
    const connection = createRedis(ctx.env.REDIS_URL, 'worker', silent);
    const queues = createQueues(producer, ctx.env.QUEUE_PREFIX);
    const relay = startOutboxRelay({ pool: ctx.database.pool, queues, log: silent, pollMs: 100 });
    const workers = startWorkers({
      connection,
      prefix: ctx.env.QUEUE_PREFIX,
      concurrency: 2,
      handlers: handlerTable(lotJobHandlers({ db: ctx.database.db })),
      log: silent,
    });
    try {
      const done = await waitFor('the rebuild to finish', async () => {
        const poll = await api(ctx.app, 'GET', `/lots/rebuilds/${first.json().id}`, analyst.token);
        return poll.json().status === 'succeeded' ? poll.json() : null;
      });
      expect(done).toMatchObject({
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
        error: null,
      });
      expect(done.stats.created).toBeGreaterThanOrEqual(1);
      expect(await liveLot(ctx.database, '27.11.10', '839')).toMatchObject({ needs_count: 2 });
    } finally {
      await relay.stop();
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(
        Object.values(queues).map((queue) => queue.obliterate({ force: true }).catch(() => undefined)),
      );
      await closeQueues(queues);
      producer.disconnect();
      connection.disconnect();
    }
  });
});
