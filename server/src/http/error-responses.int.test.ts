import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '@zamena/shared/common/common.schemas';
import { api, openNeed } from '../../test/bids-fixtures';
import { bearer, register, type Registered, signInAdmin } from '../../test/fixtures';
import { uploadFile } from '../../test/imports-fixtures';
import { createTestApp, type TestContext } from '../../test/test-app';
import { encodeCursor } from '../lib/cursor';

/** What fuzzing the running API found answering 500 or Fastify's own error format (server/test/api-fuzz). */
let ctx: TestContext;
let user: Registered;
let admin: { token: string; organizationId: string };
let threadId: string;

const ID = '0b0c7a52-4a8e-4d5c-9a57-2f0e9d3c1b11';

beforeAll(async () => {
  ctx = await createTestApp({ BODY_LIMIT_BYTES: '65536' });
  [user, admin] = await Promise.all([register(ctx.app), signInAdmin(ctx.app)]);
  const supplier = await register(ctx.app);
  const need = await openNeed(ctx.app, user.token);
  const posted = await api(ctx.app, 'POST', `/needs/${need.id}/messages`, supplier.token, {
    body: 'Здравствуйте',
  });
  threadId = posted.json().threadId;
});
afterAll(async () => {
  await ctx?.close();
});

/** The answer is an RFC 9457 problem document of `status` with `code`. */
function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  code?: string,
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(JSON.parse(response.body));
  if (code) expect(problem.code).toBe(code);
  return problem;
}

describe('requests Fastify refuses before any route', () => {
  it('answer a malformed percent-encoding in the path with a problem document', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/needs/%ff',
      headers: bearer(user.token),
    });
    expectProblem(response, 400, 'invalid_url');
  });

  it('answer a 5,000-character id with a problem document that does not echo it', async () => {
    const long = 'a'.repeat(5000);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/needs/${long}`,
      headers: bearer(user.token),
    });
    expectProblem(response, 414, 'uri_too_long');
    expect(response.body).not.toContain(long.slice(0, 200));
    const unrouted = await ctx.app.inject({ method: 'GET', url: `/api/v1/${long}` });
    expectProblem(unrouted, 404, 'route_not_found');
    expect(unrouted.body.length).toBeLessThan(1000);
  });

  it('answer bodies that are not JSON, empty, of another type or too large with problem documents', async () => {
    const post = (payload: string, contentType: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/needs',
        headers: { ...bearer(user.token), 'content-type': contentType },
        payload,
      });
    expectProblem(await post('{"title": ', 'application/json'), 400, 'invalid_json');
    expectProblem(await post('{"__proto__": {"admin": true}}', 'application/json'), 400, 'invalid_json');
    expectProblem(await post('', 'application/json'), 400, 'invalid_json');
    expectProblem(await post('<need/>', 'application/xml'), 415, 'unsupported_media_type');
    const large = JSON.stringify({ title: 'x', description: 'я'.repeat(40_000) });
    const tooLarge = expectProblem(await post(large, 'application/json'), 413, 'payload_too_large');
    expect(tooLarge.detail).toContain('65536');
  });

  it("leave file uploads to the imports' own limit, far above the JSON one", async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `Подшипник ${i};28.15.10.120;100;796;2031-01-01;62`);
    const csv = ['title;okpd2;quantity;unit;neededBy;deliveryRegionCode', ...rows].join('\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(4 * 65536);
    const upload = await uploadFile(ctx.app, user.token, 'needs', 'needs.csv', csv, 'text/csv');
    expect(upload.statusCode, upload.body).toBe(202);
  });
});

describe('cursors', () => {
  it('outside the ranges PostgreSQL can compare are refused with a 400 naming the cursor field, on every list', async () => {
    const spec = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ids: Record<string, string> = {
      '/api/v1/organizations/{id}/webhook-deliveries': admin.organizationId,
      '/api/v1/threads/{id}/messages': threadId,
    };
    const cursors = [
      encodeCursor({ sort: 'date', key: '12345678901234567890', id: ID }),
      encodeCursor({ sort: 'date', key: '-99999999999999999', id: ID }),
      encodeCursor({ sort: 'relevance', key: '1'.repeat(30), id: ID }),
      encodeCursor({ sort: 'date', key: '1700000000000000', id: 'ffffffff-ffff-ffff-ffff-fffffffffffz' }),
    ];
    const lists = Object.entries(
      spec.paths as Record<
        string,
        { get?: { parameters?: { name: string; in: string; schema?: { enum?: string[] } }[] } }
      >,
    ).filter(([, item]) => item.get?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor'));
    expect(lists.length).toBeGreaterThanOrEqual(10);
    for (const [path, item] of lists) {
      const url = path.replace('{id}', () => {
        const id = ids[path];
        if (!id) throw new Error(`no object for ${path}: add one to this test`);
        return id;
      });
      // A route that sorts by date or relevance is asked for each, so both kinds of key are decoded.
      const sorts = item.get?.parameters?.find((p) => p.name === 'sort')?.schema?.enum ?? [undefined];
      for (const sort of sorts) {
        for (const cursor of cursors) {
          const response = await ctx.app.inject({
            method: 'GET',
            url,
            query: { cursor, ...(sort ? { sort, q: 'подшипник' } : {}) },
            headers: bearer(admin.token),
          });
          const problem = expectProblem(response, 400, 'validation_failed');
          expect(problem.errors, `${path} ${sort}`).toEqual([{ path: 'cursor', message: 'is not valid' }]);
        }
      }
    }
  });
});

describe('text with an unpaired UTF-16 surrogate', () => {
  it('is refused with a 400 naming the field, also inside objects stored as jsonb', async () => {
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/organizations/${user.organizationId}`,
      headers: bearer(user.token),
      payload: { contacts: { phone: '+7 900 \ud800', website: 'https://zavod.ru' } },
    });
    expect(expectProblem(patch, 400, 'validation_failed').errors).toEqual([
      { path: 'contacts.phone', message: 'must not contain an unpaired surrogate' },
    ]);
    const review = await api(ctx.app, 'POST', `/matches/${ID}/review`, admin.token, {
      decision: 'dismiss',
      reason: 'не тот товар \udc00',
    });
    expect(expectProblem(review, 400).errors?.[0]?.path).toBe('reason');
    const need = await openNeed(ctx.app, user.token, { title: 'Подшипник 😀 для редуктора' });
    expect(need.title).toBe('Подшипник 😀 для редуктора');
  });
});
