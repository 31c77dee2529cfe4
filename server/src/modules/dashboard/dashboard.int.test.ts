import type { Dashboard } from '@zamena/shared/dashboard/dashboard.schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matches } from '../../db/schema';
import { openNeed, postBid } from '../../../test/bids-fixtures';
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

let ctx: TestContext;
let buyer: Registered;
let otherBuyer: Registered;
let supplier: Registered;
let analystToken: string;
let adminToken: string;
let centre: Registered;
let unverifiedCentre: Registered;
const need = { matchedWithBid: '', dismissedOnly: '', draft: '', otherBuyers: '', otherRegion: '' };
let bidId = '';

async function dashboardOf(token: string): Promise<Dashboard> {
  const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function addMatch(needId: string, capabilityId: string, status: 'proposed' | 'dismissed') {
  await ctx.database.db.insert(matches).values({
    needId,
    capabilityId,
    manufacturerOrganizationId: supplier.organizationId,
    score: '0.8000',
    relevance: '0.8000',
    components: { classification: 1 },
    interregional: true,
    distanceKm: 180,
    needVersion: 1,
    notified: true,
    status,
  });
}

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  adminToken = admin.token;
  analystToken = (await createAssociationMember(ctx.app, admin.token)).token;
  buyer = await register(ctx.app, { regionCode: '62' });
  otherBuyer = await register(ctx.app, { regionCode: '62' });
  supplier = await register(ctx.app, { regionCode: '77' });
  centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
  unverifiedCentre = await register(ctx.app, { kind: 'center', regionCode: '62' });

  need.matchedWithBid = (await openNeed(ctx.app, buyer.token, { title: 'Подшипник 7510' })).id;
  need.dismissedOnly = (await openNeed(ctx.app, buyer.token, { title: 'Втулка бронзовая' })).id;
  need.draft = (await postNeed(ctx.app, buyer.token, { title: 'Черновик' })).id;
  need.otherBuyers = (await openNeed(ctx.app, otherBuyer.token, { title: 'Чужая потребность' })).id;
  need.otherRegion = (
    await openNeed(ctx.app, otherBuyer.token, { title: 'В другой регион', deliveryRegionCode: '50' })
  ).id;

  const capability = await postCapability(ctx.app, supplier.token);
  await addMatch(need.matchedWithBid, capability.id, 'proposed');
  await addMatch(need.dismissedOnly, capability.id, 'dismissed');
  bidId = (await postBid(ctx.app, supplier.token, need.matchedWithBid)).id;
});
afterAll(() => ctx?.close());

const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id).sort();

describe('GET /dashboard', () => {
  it("gives an enterprise its own open needs with their match and bid counts, and no one else's", async () => {
    const dashboard = await dashboardOf(buyer.token);
    if (dashboard.kind !== 'enterprise') throw new Error(`expected enterprise, got ${dashboard.kind}`);
    expect(dashboard.openNeeds.total).toBe(2);
    expect(ids(dashboard.openNeeds)).toEqual([need.matchedWithBid, need.dismissedOnly].sort());
    const byId = new Map(dashboard.openNeeds.items.map((item) => [item.id, item]));
    expect(byId.get(need.matchedWithBid)).toMatchObject({ matches: 1, bids: 1, title: 'Подшипник 7510' });
    // A dismissed match is no supplier.
    expect(byId.get(need.dismissedOnly)).toMatchObject({ matches: 0, bids: 0 });
    expect(dashboard.awaitingDecision).toMatchObject({ total: 1, items: [{ id: need.matchedWithBid }] });
    expect(dashboard.ordersInProgress.items).toEqual([]);
    expect(dashboard.liveBids.items).toEqual([]);
    expect(JSON.stringify(dashboard)).not.toContain(need.otherBuyers);
  });

  it("gives a supplier its live bids, and not the buyer's needs", async () => {
    const dashboard = await dashboardOf(supplier.token);
    if (dashboard.kind !== 'enterprise') throw new Error(`expected enterprise, got ${dashboard.kind}`);
    expect(dashboard.liveBids.items.map((bid) => bid.id)).toEqual([bidId]);
    expect(dashboard.openNeeds.total).toBe(0);
    expect(dashboard.awaitingDecision.total).toBe(0);
  });

  it("gives a verified centre its region's open needs and the unanswered ones, but not others' bids", async () => {
    const dashboard = await dashboardOf(centre.token);
    if (dashboard.kind !== 'center') throw new Error(`expected center, got ${dashboard.kind}`);
    expect(dashboard.regionCode).toBe('62');
    expect(ids(dashboard.regionNeeds)).toEqual(
      [need.matchedWithBid, need.dismissedOnly, need.otherBuyers].sort(),
    );
    const matched = dashboard.regionNeeds.items.find((item) => item.id === need.matchedWithBid);
    // It reads the region's matches; bids are the buyer's and the posting centre's (DESIGN.md §3).
    expect(matched).toMatchObject({ matches: 1, bids: null });
    expect(dashboard.unanswered?.total).toBe(2);
    expect(ids(dashboard.unanswered!)).toEqual([need.dismissedOnly, need.otherBuyers].sort());
    const enterprises = dashboard.enterprises.items.map((item) => item.id);
    expect(enterprises).toEqual(expect.arrayContaining([buyer.organizationId, otherBuyer.organizationId]));
    expect(enterprises).not.toContain(supplier.organizationId);
    const text = JSON.stringify(dashboard);
    expect(text).not.toContain(need.otherRegion);
    expect(text).not.toContain(need.draft);
  });

  it('shows an unverified centre its region without matches or the unanswered list', async () => {
    const dashboard = await dashboardOf(unverifiedCentre.token);
    if (dashboard.kind !== 'center') throw new Error(`expected center, got ${dashboard.kind}`);
    expect(dashboard.regionNeeds.total).toBe(3);
    expect(dashboard.regionNeeds.items.every((item) => item.matches === null && item.bids === null)).toBe(
      true,
    );
    expect(dashboard.unanswered).toBeNull();
  });

  it('gives an association the review queue, the match rate, bottlenecks and orders', async () => {
    const dashboard = await dashboardOf(analystToken);
    if (dashboard.kind !== 'association') throw new Error(`expected association, got ${dashboard.kind}`);
    expect(dashboard.reviewQueue).toEqual({ count: 1, more: false });
    expect(dashboard.matching).toMatchObject({ openNeeds: 4, openNeedsMatched: 1 });
    expect(dashboard.newestOrders.items).toEqual([]);
  });

  it('gives an administrator the whole exchange, as an analyst sees it', async () => {
    const dashboard = await dashboardOf(adminToken);
    expect(dashboard.kind).toBe('association');
  });

  it('asks for a sign-in', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/dashboard' });
    expect(response.statusCode).toBe(401);
  });
});
