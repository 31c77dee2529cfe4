import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, bidBody, openNeed } from '../../test/bids-fixtures';
import {
  createAssociationMember,
  needBody,
  register,
  signInAdmin,
  type Registered,
} from '../../test/fixtures';
import { multipart, NEED_HEADERS, needRow } from '../../test/imports-fixtures';
import { liveLot, rebuildLots } from '../../test/lots-fixtures';
import { capabilityBody } from '../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let maker: Registered;
let needId: string;
let lotId: string;

const count = async (sql: string, params: unknown[]) =>
  Number((await ctx.database.pool.query<{ n: string }>(sql, params)).rows[0]!.n);

type Case = {
  name: string;
  send: (key: string, variant?: string) => ReturnType<typeof api>;
  rows: () => Promise<number>;
};

const CASES: Case[] = [
  {
    name: 'POST /needs',
    send: (key, variant = '') =>
      api(ctx.app, 'POST', '/needs', buyer.token, needBody({ title: `Втулка ${variant}` }), {
        'idempotency-key': key,
      }),
    rows: () =>
      count('SELECT count(*) AS n FROM needs WHERE buyer_organization_id = $1', [buyer.organizationId]),
  },
  {
    name: 'POST /capabilities',
    send: (key, variant = '') =>
      api(ctx.app, 'POST', '/capabilities', maker.token, capabilityBody({ title: `Втулки ${variant}` }), {
        'idempotency-key': key,
      }),
    rows: () =>
      count('SELECT count(*) AS n FROM capabilities WHERE manufacturer_organization_id = $1', [
        maker.organizationId,
      ]),
  },
  {
    name: 'POST /needs/:id/messages',
    send: (key, variant = '') =>
      api(
        ctx.app,
        'POST',
        `/needs/${needId}/messages`,
        maker.token,
        { body: `Можем сделать ${variant}` },
        {
          'idempotency-key': key,
        },
      ),
    rows: () =>
      count('SELECT count(*) AS n FROM messages WHERE author_organization_id = $1', [maker.organizationId]),
  },
  {
    name: 'POST /needs/:id/bids',
    send: (key, variant = '') =>
      api(
        ctx.app,
        'POST',
        `/needs/${needId}/bids`,
        maker.token,
        bidBody({ comment: `Партиями ${variant}` }),
        {
          'idempotency-key': key,
        },
      ),
    rows: () =>
      count(
        `SELECT (SELECT count(*) FROM bids WHERE bidder_organization_id = $1)
              + (SELECT count(*) FROM bid_revisions r JOIN bids b ON b.id = r.bid_id
                 WHERE b.bidder_organization_id = $1) AS n`,
        [maker.organizationId],
      ),
  },
  {
    name: 'POST /lots/:id/bids',
    send: (key, variant = '') =>
      api(
        ctx.app,
        'POST',
        `/lots/${lotId}/bids`,
        maker.token,
        {
          unitPrice: '95.50',
          quantity: '150',
          leadTimeDays: 60,
          validUntil: '2030-06-30',
          comment: `Лот ${variant}`,
        },
        { 'idempotency-key': key },
      ),
    rows: () =>
      count('SELECT count(*) AS n FROM lot_bids WHERE bidder_organization_id = $1', [maker.organizationId]),
  },
  {
    name: 'POST /needs/import',
    send: async (key, variant = '') => {
      // The variant changes the file's size too: an upload is told apart by its size.
      const csv = [NEED_HEADERS.join(';'), needRow(1, { Наименование: `Шайба ${variant}` }).join(';')].join(
        '\n',
      );
      const { payload, contentType } = await multipart(`needs-${variant}.csv`, csv, 'text/csv');
      return ctx.app.inject({
        method: 'POST',
        url: '/api/v1/needs/import',
        headers: {
          authorization: `Bearer ${buyer.token}`,
          'content-type': contentType,
          'idempotency-key': key,
        },
        payload,
      });
    },
    rows: () => count('SELECT count(*) AS n FROM imports WHERE organization_id = $1', [buyer.organizationId]),
  },
];

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  const analyst = await createAssociationMember(ctx.app, admin.token);
  buyer = await register(ctx.app, { regionCode: '62' });
  const other = await register(ctx.app, { regionCode: '66' });
  maker = await register(ctx.app, { regionCode: '52' });
  needId = (await openNeed(ctx.app, buyer.token)).id;
  for (const [account, region] of [
    [buyer, '62'],
    [other, '66'],
  ] as const)
    await openNeed(ctx.app, account.token, {
      okpd2: '25.94.11.110',
      deliveryRegionCode: region,
      quantity: '100',
    });
  await rebuildLots(ctx.database);
  lotId = (await liveLot(ctx.database, '25.94.11'))!.id;
  const published = await api(ctx.app, 'POST', `/lots/${lotId}/publish`, analyst.token);
  if (published.statusCode !== 200) throw new Error(published.body);
});
afterAll(() => ctx.close());

describe('Idempotency-Key on every creating POST', () => {
  for (const { name, send, rows } of CASES) {
    it(`${name}: a retry answers the first answer and creates nothing more`, async () => {
      const key = randomUUID();
      const before = await rows();
      const first = await send(key, key);
      expect(first.statusCode, first.body).toBeGreaterThanOrEqual(200);
      expect(first.statusCode).toBeLessThan(300);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const again = await send(key, key);
      expect(again.statusCode).toBe(first.statusCode);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json()).toEqual(first.json());
      expect(await rows()).toBe(before + 1);

      const other = await send(key, 'другое');
      expect(other.statusCode).toBe(422);
      expect(other.json()).toMatchObject({ code: 'idempotency_key_reused' });
      expect(await rows()).toBe(before + 1);
    });
  }

  it('creates once when the same request races itself', async () => {
    const key = randomUUID();
    const [needs] = CASES;
    const before = await needs!.rows();
    const answers = await Promise.all(Array.from({ length: 5 }, () => needs!.send(key, 'гонка')));
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const created = new Set(
      answers.filter((a) => a.statusCode === 201).map((a) => a.json<{ id: string }>().id),
    );
    expect(created.size).toBe(1);
    expect(await needs!.rows()).toBe(before + 1);
  });

  it('gives the key up when the request fails, and refuses a malformed key naming the header', async () => {
    const key = randomUUID();
    const refused = await api(
      ctx.app,
      'POST',
      '/needs',
      buyer.token,
      needBody({ deliveryRegionCode: '62', okpd2: '99.99.99.999' }),
      {
        'idempotency-key': key,
      },
    );
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    const retried = await api(ctx.app, 'POST', '/needs', buyer.token, needBody(), { 'idempotency-key': key });
    expect(retried.statusCode, retried.body).toBe(201);

    const bad = await api(ctx.app, 'POST', '/needs', buyer.token, needBody(), { 'idempotency-key': 'short' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('idempotency-key');
  });

  it("keeps each user's keys apart", async () => {
    const key = randomUUID();
    const mine = await api(ctx.app, 'POST', '/needs', buyer.token, needBody(), { 'idempotency-key': key });
    const theirs = await api(ctx.app, 'POST', '/needs', maker.token, needBody({ deliveryRegionCode: '52' }), {
      'idempotency-key': key,
    });
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
  });
});
