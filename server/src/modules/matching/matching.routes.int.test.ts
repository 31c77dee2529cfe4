import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createAssociationMember,
  postNeed,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createMatchingEngine } from './matching.engine';

let ctx: TestContext;
let admin: { token: string };
let analyst: { token: string };
let buyer: Registered;
let centre: Registered;
let farCentre: Registered;
let makerA: Registered;
let makerB: Registered;
let stranger: Registered;
let needId: string;
let otherNeedId: string;
let capabilityA: string;

type Method = 'GET' | 'POST';
const call = (method: Method, url: string, token: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  ctx = await createTestApp();
  const engine = createMatchingEngine({ pool: ctx.database.pool });
  const signedIn = await signInAdmin(ctx.app);
  admin = signedIn;
  analyst = await createAssociationMember(ctx.app, signedIn.token);
  buyer = await register(ctx.app, { regionCode: '62' });
  centre = await registerVerifiedCentre(ctx.app, signedIn.token, '62');
  farCentre = await registerVerifiedCentre(ctx.app, signedIn.token, '77');
  makerA = await register(ctx.app, { regionCode: '66' });
  makerB = await register(ctx.app, { regionCode: '77' });
  stranger = await register(ctx.app, { regionCode: '62' });
  capabilityA = (await postCapability(ctx.app, makerA.token)).id;
  await postCapability(ctx.app, makerB.token, { okpd2: ['28.15.10.123'], analogues: [] });
  needId = (await postNeed(ctx.app, buyer.token, { publish: true })).id;
  otherNeedId = (
    await postNeed(ctx.app, buyer.token, { publish: true, deliveryRegionCode: '77', okpd2: '28.15.10.123' })
  ).id;
  for (const id of [needId, otherNeedId]) {
    expect(await engine.matchNeed(id, 1)).toMatchObject({ outcome: 'matched', matches: 2 });
  }
});
afterAll(() => ctx.close());

describe('GET /needs/:id/matches', () => {
  it('shows the suppliers to the buyer, analysts, admins and the verified centre of the region', async () => {
    for (const token of [buyer.token, analyst.token, admin.token, centre.token]) {
      const response = await call('GET', `/needs/${needId}/matches`, token);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().items).toHaveLength(2);
    }
  });

  it('answers 404 to other organizations, manufacturers included, and for unknown needs', async () => {
    for (const token of [makerA.token, stranger.token, farCentre.token]) {
      expect((await call('GET', `/needs/${needId}/matches`, token)).statusCode).toBe(404);
    }
    expect((await call('GET', `/needs/${randomUUID()}/matches`, buyer.token)).statusCode).toBe(404);
    expect((await call('GET', '/needs/not-a-uuid/matches', buyer.token)).statusCode).toBe(400);
  });
});

describe('GET /capabilities/:id/matches', () => {
  it('shows the fitting needs to the manufacturer and analysts, with a need summary', async () => {
    for (const token of [makerA.token, analyst.token]) {
      const response = await call('GET', `/capabilities/${capabilityA}/matches`, token);
      expect(response.statusCode, response.body).toBe(200);
      const ids = response.json().items.map((m: { needId: string }) => m.needId);
      expect(ids.sort()).toEqual([needId, otherNeedId].sort());
      expect(response.json().items[0].need).toMatchObject({ buyer: { id: buyer.organizationId } });
    }
  });

  it('answers 404 to the buyer and to other organizations', async () => {
    for (const token of [buyer.token, stranger.token, makerB.token]) {
      expect((await call('GET', `/capabilities/${capabilityA}/matches`, token)).statusCode).toBe(404);
    }
  });
});

describe('POST /matches/:id/review', () => {
  const matchOf = async (capabilityId: string) =>
    (await call('GET', `/needs/${needId}/matches`, analyst.token))
      .json()
      .items.find((m: { capabilityId: string }) => m.capabilityId === capabilityId);

  it('refuses everyone but analysts: 403 to those who see the match, 404 to others', async () => {
    const match = await matchOf(capabilityA);
    for (const token of [buyer.token, makerA.token, centre.token]) {
      const response = await call('POST', `/matches/${match.id}/review`, token, { decision: 'approve' });
      expect(response.statusCode, response.body).toBe(403);
    }
    for (const token of [stranger.token, farCentre.token]) {
      const response = await call('POST', `/matches/${match.id}/review`, token, { decision: 'approve' });
      expect(response.statusCode).toBe(404);
    }
    const missing = await call('POST', `/matches/${randomUUID()}/review`, analyst.token, {
      decision: 'approve',
    });
    expect(missing.statusCode).toBe(404);
    expect((await matchOf(capabilityA)).status).toBe('proposed');
  });

  it('requires a reason to dismiss', async () => {
    const match = await matchOf(capabilityA);
    const response = await call('POST', `/matches/${match.id}/review`, analyst.token, {
      decision: 'dismiss',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const blank = await call('POST', `/matches/${match.id}/review`, analyst.token, {
      decision: 'dismiss',
      reason: '   ',
    });
    expect(blank.statusCode).toBe(400);
  });

  it('dismisses with a reason, audits it, and hides the match from buyer and manufacturer', async () => {
    const match = await matchOf(capabilityA);
    const response = await call('POST', `/matches/${match.id}/review`, analyst.token, {
      decision: 'dismiss',
      reason: 'Другой типоразмер',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: match.id,
      status: 'dismissed',
      reviewReason: 'Другой типоразмер',
    });
    expect(response.json().reviewedAt).not.toBeNull();
    const audit = await ctx.database.pool.query(
      "SELECT before, after FROM audit_events WHERE entity_type = 'match' AND entity_id = $1",
      [match.id],
    );
    expect(audit.rows).toEqual([
      {
        before: { status: 'proposed', reviewReason: null },
        after: { status: 'dismissed', reviewReason: 'Другой типоразмер' },
      },
    ]);
    const buyerView = (await call('GET', `/needs/${needId}/matches`, buyer.token)).json();
    expect(buyerView.items.map((m: { id: string }) => m.id)).not.toContain(match.id);
    const makerView = (await call('GET', `/capabilities/${capabilityA}/matches`, makerA.token)).json();
    expect(makerView.items.map((m: { id: string }) => m.id)).not.toContain(match.id);
    expect((await matchOf(capabilityA)).status).toBe('dismissed');
  });

  it('lets an admin approve, and keeps the decision when the need is matched again', async () => {
    const match = await matchOf(capabilityA);
    const response = await call('POST', `/matches/${match.id}/review`, admin.token, { decision: 'approve' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'approved', reviewReason: null });
    await createMatchingEngine({ pool: ctx.database.pool }).matchNeed(needId, 1);
    expect((await matchOf(capabilityA)).status).toBe('approved');
  });
});

describe('GET /matches (review queue)', () => {
  it('is for analysts and verified centres only', async () => {
    expect((await call('GET', '/matches', buyer.token)).statusCode).toBe(403);
    expect((await call('GET', '/matches', makerA.token)).statusCode).toBe(403);
    const unverified = await register(ctx.app, { kind: 'center', regionCode: '62' });
    expect((await call('GET', '/matches', unverified.token)).statusCode).toBe(403);
  });

  it('shows a centre its own region only', async () => {
    const own = (await call('GET', '/matches', centre.token)).json();
    expect(own.items).toHaveLength(2);
    expect(
      own.items.every((m: { need: { deliveryRegionCode: string } }) => m.need.deliveryRegionCode === '62'),
    ).toBe(true);
    expect((await call('GET', '/matches?region=77', centre.token)).statusCode).toBe(403);
  });

  it('filters by status, region, district, OKPD2 and score, best first', async () => {
    const all = (await call('GET', '/matches', analyst.token)).json();
    expect(all.items).toHaveLength(4);
    const scores = all.items.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const count = async (query: string) =>
      (await call('GET', `/matches?${query}`, analyst.token)).json().items.length;
    expect(await count('status=approved')).toBe(1);
    expect(await count('status=proposed,dismissed')).toBe(3);
    expect(await count('region=77')).toBe(2);
    expect(await count('district=central')).toBe(4);
    expect(await count('district=ural')).toBe(0);
    expect(await count('okpd2=28.15.10.123')).toBe(2);
    expect(await count('okpd2=25')).toBe(0);
    expect(await count(`minScore=${scores[1]}`)).toBeGreaterThanOrEqual(2);
    expect(await count('minScore=1')).toBe(0);
    const bad = await call('GET', '/matches?minScore=2', analyst.token);
    expect(bad.statusCode).toBe(400);
  });

  it('pages by keyset cursors without repeats, by score or by date', async () => {
    for (const sort of ['score', 'date']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/matches?limit=1&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await call('GET', url, analyst.token)).json();
        seen.push(...page.items.map((m: { id: string }) => m.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(4);
      expect(new Set(seen).size).toBe(4);
    }
    expect((await call('GET', '/matches?cursor=garbage', analyst.token)).statusCode).toBe(400);
  });
});
