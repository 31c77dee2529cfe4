import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createAssociationMember,
  postNeed,
  register,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let other: Registered;
let analyst: { token: string };
let needId: string;

type AuditPage = {
  items: { id: string; action: string; objectType: string; objectId: string; actor: unknown }[];
  nextCursor: string | null;
};

const get = (token: string, url: string) => ctx.app.inject({ method: 'GET', url, headers: bearer(token) });

beforeAll(async () => {
  ctx = await createTestApp();
  buyer = await register(ctx.app);
  other = await register(ctx.app);
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  needId = (await postNeed(ctx.app, buyer.token)).id;
  await ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/needs/${needId}`,
    headers: { ...bearer(buyer.token), 'if-match': '"1"' },
    payload: { description: 'Для редукторов второй линии' },
  });
  await postNeed(ctx.app, other.token);
});
afterAll(() => ctx.close());

describe('GET /audit', () => {
  it("lists an own object's history, newest first, with who did it", async () => {
    const response = await get(buyer.token, `/api/v1/audit?objectType=need&objectId=${needId}`);
    expect(response.statusCode).toBe(200);
    const page = response.json<AuditPage>();
    expect(page.items.map((item) => item.action)).toEqual(['need.updated', 'need.created']);
    expect(page.items[0]).toMatchObject({
      objectType: 'need',
      objectId: needId,
      actor: { userId: buyer.userId, organizationId: buyer.organizationId, name: 'Ирина Петрова' },
    });
  });

  it("answers 404 for another organization's object and never lists its events", async () => {
    const foreign = await get(other.token, `/api/v1/audit?objectType=need&objectId=${needId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'not_found' });
    const all = (await get(other.token, '/api/v1/audit?limit=100')).json<AuditPage>();
    expect(all.items.length).toBeGreaterThan(0);
    expect(all.items.some((item) => item.objectId === needId)).toBe(false);
    expect(all.items.some((item) => item.objectId === buyer.organizationId)).toBe(false);
  });

  it('lets analysts read everything, filtered by organization and action prefix', async () => {
    const page = (
      await get(analyst.token, `/api/v1/audit?organizationId=${buyer.organizationId}&action=need.&limit=10`)
    ).json<AuditPage>();
    expect(page.items.map((item) => item.action)).toEqual(['need.updated', 'need.created']);
    const object = await get(analyst.token, `/api/v1/audit?objectType=need&objectId=${needId}`);
    expect(object.json<AuditPage>().items).toHaveLength(2);
  });

  it('pages with a cursor without repeating an event', async () => {
    for (let n = 0; n < 10; n++) await postNeed(ctx.app, other.token);
    const first = (await get(analyst.token, '/api/v1/audit?limit=10')).json<AuditPage>();
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await get(analyst.token, `/api/v1/audit?limit=10&cursor=${first.nextCursor}`)
    ).json<AuditPage>();
    const ids = [...first.items, ...second.items].map((item) => Number(item.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids.length).toBeGreaterThan(10);
  });

  it('refuses bad filters naming the field', async () => {
    for (const [query, field] of [
      ['objectId=x', 'objectType'],
      ['objectType=spaceship', 'objectType'],
      ['cursor=abc', 'cursor'],
      ['limit=7', 'limit'],
      ['from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z', 'from'],
    ] as const) {
      const response = await get(buyer.token, `/api/v1/audit?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
  });

  it('exports the visible events as CSV', async () => {
    const response = await get(buyer.token, `/api/v1/audit/export.csv?objectType=need&objectId=${needId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"need.updated"');
    expect(lines[2]).toContain('"need.created"');
    expect(
      (await get(other.token, `/api/v1/audit/export.csv?objectType=need&objectId=${needId}`)).statusCode,
    ).toBe(404);
  });
});
